package be.openpas.cardsystem;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Administration of card systems: create, read, list, update, delete, with validation. */
@ApiTest
class CardSystemAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void createsReadsUpdatesAndDeletesACardSystem() throws Exception {
        int id = Fixtures.nextId();
        mvc.perform(post("/admin/card-systems")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"id": %d, "name": "UiTPAS Lievegem %d", "cardlessRegistrationType": "REGULAR",
                                 "branding": {"primaryColor": "rgba(0,0,0,1)"}, "links": {"website": "https://lievegem.example"},
                                 "socialTariff": {"gracePeriodDays": 60, "defaultEndDate": "12-31"},
                                 "cities": [{"postalCode": "9000", "name": "Gent", "allowsCardlessRegistration": true}]}
                                """.formatted(id, id)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/admin/card-systems/" + id))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.permanent").value(true))
                .andExpect(jsonPath("$.socialTariff.gracePeriodDays").value(60))
                .andExpect(jsonPath("$.socialTariff.defaultEndDate").value("12-31"));

        mvc.perform(get("/admin/card-systems/{id}", id).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cities[0].name").value("Gent"));

        mvc.perform(put("/admin/card-systems/{id}", id)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "UiTPAS Lievegem %d", "cities": [{"postalCode": "9900", "name": "Eeklo"}]}
                                """.formatted(id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cities.length()").value(1))
                .andExpect(jsonPath("$.cities[0].postalCode").value("9900"))
                .andExpect(jsonPath("$.socialTariff.gracePeriodDays").value(30));

        mvc.perform(get("/admin/card-systems").param("name", "Lievegem " + id).with(Tokens.asAdmin(mvc)))
                .andExpect(jsonPath("$.totalItems").value(1));

        mvc.perform(delete("/admin/card-systems/{id}", id).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/admin/card-systems/{id}", id).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/cardsystem-not-found"));
    }

    @Test
    void generatesAnIdWhenNoneIsGiven() throws Exception {
        mvc.perform(post("/admin/card-systems")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"%s\"}".formatted(Fixtures.unique("Zonder id"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber());
    }

    @Test
    void refusesAnUnknownPostalCodeOrACityThatDoesNotMatchIt() throws Exception {
        mvc.perform(post("/admin/card-systems")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "%s", "cities": [{"postalCode": "9000", "name": "Gent"},
                                                          {"postalCode": "9999", "name": "Nergenshuizen"},
                                                          {"postalCode": "9900", "name": "Brugge"}]}
                                """.formatted(Fixtures.unique("Ongeldig"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors.length()").value(2))
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/cities/1/postalCode"))
                .andExpect(jsonPath("$.schemaErrors[1].jsonPointer").value("/cities/2/name"));
    }

    @Test
    void acceptsADeelgemeenteOrItsHoofdgemeente() throws Exception {
        mvc.perform(post("/admin/card-systems")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "%s", "cities": [{"postalCode": "9030", "name": "Mariakerke"},
                                                          {"postalCode": "9031", "name": "gent"}]}
                                """.formatted(Fixtures.unique("Deelgemeenten"))))
                .andExpect(status().isCreated());
    }

    @Test
    void refusesADuplicateIdOrName() throws Exception {
        int existing = fixtures.cardSystem("9000", "Gent");
        mvc.perform(post("/admin/card-systems")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": %d, \"name\": \"%s\"}".formatted(existing, Fixtures.unique("Dubbel"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://openpas.be/probs/admin/duplicate-id"));
        mvc.perform(post("/admin/card-systems")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Test card system %d\"}".formatted(existing)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/name"));
    }

    @Test
    void refusesAnImpossibleDefaultEndDate() throws Exception {
        mvc.perform(post("/admin/card-systems")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"%s\", \"socialTariff\": {\"defaultEndDate\": \"02-30\"}}"
                                .formatted(Fixtures.unique("Datum"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/socialTariff/defaultEndDate"));
    }

    @Test
    void aCardSystemWithOrganizersCannotBeDeleted() throws Exception {
        int id = fixtures.cardSystem("9000", "Gent");
        fixtures.organizer(id);
        mvc.perform(delete("/admin/card-systems/{id}", id).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://openpas.be/probs/admin/resource-in-use"));
    }
}

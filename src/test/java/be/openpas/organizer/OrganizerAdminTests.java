package be.openpas.organizer;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Administration of organizers and organizer groups. */
@ApiTest
class OrganizerAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void createsReadsUpdatesAndDeletesAnOrganizer() throws Exception {
        int cardSystem = fixtures.cardSystem("9000", "Gent");
        UUID id = UUID.randomUUID();
        mvc.perform(post("/admin/organizers")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"id": "%s", "name": "Cultuurcentrum Test", "email": "info@cc-test.example",
                                 "address": {"street": "Kouter 1", "postalCode": "9000", "city": "Gent"},
                                 "cardSystemIds": [%d]}
                                """.formatted(id, cardSystem)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.address.country").value("BE"))
                .andExpect(jsonPath("$.cardSystemIds[0]").value(cardSystem));
        mvc.perform(put("/admin/organizers/{id}", id)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Cultuurcentrum Hernoemd\", \"cardSystemIds\": []}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Cultuurcentrum Hernoemd"))
                .andExpect(jsonPath("$.cardSystemIds.length()").value(0));
        mvc.perform(get("/admin/organizers").param("name", "Hernoemd").with(Tokens.asAdmin(mvc)))
                .andExpect(jsonPath("$.member[0].id").value(id.toString()));
        mvc.perform(delete("/admin/organizers/{id}", id).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/admin/organizers/{id}", id).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/organizer-not-found"));
    }

    @Test
    void reportsEveryInvalidReferenceWithItsPointer() throws Exception {
        mvc.perform(post("/admin/organizers")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Foutief", "cardSystemIds": [987654], "linkedOrganizerIds": ["%s"],
                                 "groupIds": [987654], "address": {"postalCode": "9000", "city": "Antwerpen"}}
                                """.formatted(UUID.randomUUID())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[?(@.jsonPointer == '/cardSystemIds/0')]")
                        .exists())
                .andExpect(jsonPath("$.schemaErrors[?(@.jsonPointer == '/linkedOrganizerIds/0')]")
                        .exists())
                .andExpect(jsonPath("$.schemaErrors[?(@.jsonPointer == '/groupIds/0')]")
                        .exists())
                .andExpect(jsonPath("$.schemaErrors[?(@.jsonPointer == '/address/city')]")
                        .exists());
    }

    @Test
    void refusesADuplicateId() throws Exception {
        UUID existing = fixtures.organizer();
        mvc.perform(post("/admin/organizers")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"%s\", \"name\": \"Dubbel\"}".formatted(existing)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://openpas.be/probs/admin/duplicate-id"));
    }

    @Test
    void managesOrganizerGroups() throws Exception {
        int group = Fixtures.nextId();
        mvc.perform(put("/admin/organizer-groups/{id}", group)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": %d, \"name\": \"Musea %d\"}".formatted(group, group)))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/organizer-groups").with(Tokens.asAdmin(mvc)))
                .andExpect(jsonPath("$[?(@.id == %d)].name".formatted(group)).value("Musea " + group));
        mvc.perform(delete("/admin/organizer-groups/{id}", group).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNoContent());
    }
}

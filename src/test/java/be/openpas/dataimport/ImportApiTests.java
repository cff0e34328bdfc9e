package be.openpas.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.apiclient.ApiClients;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystems;
import be.openpas.event.EventId;
import be.openpas.event.Events;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.Organizers;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** POST /admin/imports: a whole region at once, all or nothing, every invalid entry reported with its pointer. */
@ApiTest
class ImportApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CardSystems cardSystems;

    @Autowired
    Organizers organizers;

    @Autowired
    Events events;

    @Autowired
    ApiClients clients;

    @Test
    void loadsAWholeRegion() throws Exception {
        Region region = new Region();
        mvc.perform(post("/admin/imports")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(region.document()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cardSystems").value(1))
                .andExpect(jsonPath("$.organizers").value(2))
                .andExpect(jsonPath("$.events").value(1))
                .andExpect(jsonPath("$.clients").value(1))
                .andExpect(jsonPath("$.generatedSecrets['" + region.clientId + "']")
                        .isNotEmpty());
        assertThat(cardSystems.get(CardSystemId.of(region.cardSystemId)).cities())
                .hasSize(2);
        assertThat(organizers.get(OrganizerId.of(region.library)).linkedOrganizerIds())
                .containsExactly(region.pool);
        assertThat(events.get(EventId.of(region.event)).uitpas()).isTrue();
        assertThat(clients.directGrants(region.clientId)).containsKey(region.library);
        mvc.perform(get("/admin/organizers/{id}/staff", region.library).with(Tokens.asAdmin(mvc)))
                .andExpect(jsonPath("$.member[*].email", hasItem("balie@" + region.cardSystemId + ".example")));
    }

    @Test
    void importingTheSameDocumentTwiceGivesTheSameResult() throws Exception {
        Region region = new Region();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/admin/imports")
                            .with(Tokens.asAdmin(mvc))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(region.document()))
                    .andExpect(status().isOk());
        }
        assertThat(organizers.get(OrganizerId.of(region.library)).cardSystemIds())
                .containsExactly(region.cardSystemId);
        assertThat(events.get(EventId.of(region.event)).priceInfo()).hasSize(1);
        assertThat(cardSystems.get(CardSystemId.of(region.cardSystemId)).cities())
                .hasSize(2);
    }

    @Test
    void storesNothingAndReportsEveryInvalidEntryWithItsPointer() throws Exception {
        Region region = new Region();
        String broken = region.document()
                .replace(
                        "\"postalCode\": \"9900\", \"name\": \"Eeklo\"",
                        "\"postalCode\": \"9999\", \"name\": \"Eeklo\"")
                .replace(
                        "\"cardSystemIds\": [" + region.cardSystemId + "], \"groupIds\": []}",
                        "\"cardSystemIds\": [" + region.cardSystemId + ", 987654], \"groupIds\": []}")
                .replace(
                        "\"organizerId\": \"" + region.pool + "\", \"calendar\"",
                        "\"organizerId\": \"" + UUID.randomUUID() + "\", \"calendar\"");
        mvc.perform(post("/admin/imports")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(broken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/cardSystems/0/cities/1/postalCode")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/organizers/1/cardSystemIds/1")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/events/0/organizerId")));
        assertThat(cardSystems.exists(CardSystemId.of(region.cardSystemId))).isFalse();
        assertThat(organizers.exists(OrganizerId.of(region.library))).isFalse();
        assertThat(events.exists(EventId.of(region.event))).isFalse();
        assertThat(clients.exists(region.clientId)).isFalse();
    }

    @Test
    void checksEveryFieldBeforeWritingAnything() throws Exception {
        mvc.perform(post("/admin/imports")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"formatVersion": 1,
                                 "cardSystems": [{"name": "Goed %d"}, {"name": ""}],
                                 "clients": [{"clientId": "x", "name": "Te kort"}]}
                                """.formatted(Fixtures.nextId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/cardSystems/1/name")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/clients/0/clientId")));
    }

    @Test
    void refusesUnknownPropertiesAndOtherVersions() throws Exception {
        mvc.perform(post("/admin/imports")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"formatVersion\": 1, \"cardSystems\": [{\"name\": \"Typo\", \"citiez\": []}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/cardSystems/0/citiez"));
        mvc.perform(post("/admin/imports")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"formatVersion\": 2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/formatVersion"));
        mvc.perform(post("/admin/imports")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/formatVersion"));
        mvc.perform(post("/admin/imports").with(Tokens.asAdmin(mvc)).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/missing"));
    }

    @Test
    void isForAdministratorsOnly() throws Exception {
        mvc.perform(post("/admin/imports")
                        .with(Tokens.asTicketing(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"formatVersion\": 1}"))
                .andExpect(status().isForbidden());
    }

    /** A small region with fresh ids. */
    static class Region {
        final int cardSystemId = Fixtures.nextId();
        final UUID library = UUID.randomUUID();
        final UUID pool = UUID.randomUUID();
        final UUID event = UUID.randomUUID();
        final String clientId = "import-client-" + cardSystemId;

        String document() {
            return """
                    {
                      "formatVersion": 1,
                      "referenceDate": "2026-11-23",
                      "cardSystems": [{"id": %1$d, "name": "Importregio %1$d", "cardlessRegistrationType": "ALL",
                                       "cities": [{"postalCode": "9000", "name": "Gent"},
                                                  {"postalCode": "9900", "name": "Eeklo"}]}],
                      "organizers": [
                        {"id": "%2$s", "name": "Bibliotheek %1$d", "cardSystemIds": [%1$d], "linkedOrganizerIds": ["%3$s"]},
                        {"id": "%3$s", "name": "Zwembad %1$d", "cardSystemIds": [%1$d], "groupIds": []}
                      ],
                      "staff": [{"organizerId": "%2$s", "email": "balie@%1$d.example", "type": "MEMBER"}],
                      "events": [{"id": "%4$s", "name": {"nl": "Baantjes zwemmen"}, "organizerId": "%3$s", "calendar": {"type": "PERMANENT"},
                                  "priceInfo": [{"category": "BASE", "name": {"nl": "Basistarief"}, "price": 3.5}]}],
                      "clients": [{"clientId": "%5$s", "name": "Import client",
                                   "permissions": [{"organizerId": "%2$s", "permissions": ["TARIFFS_READ"]}]}]
                    }
                    """.formatted(cardSystemId, library, pool, event, clientId);
        }
    }
}

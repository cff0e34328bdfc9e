package be.openpas.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.organizer.OrganizerCommand;
import be.openpas.organizer.Organizers;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /permissions, GET and PUT /permissions/{clientId}. */
@ApiTest
class PermissionsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Organizers organizers;

    @Autowired
    ApiClients clients;

    @Autowired
    JsonMapper json;

    @Test
    void theDemoTicketingClientHoldsEveryPermissionWithDutchLabels() throws Exception {
        JsonNode permissions = json.readTree(mvc.perform(get("/permissions").with(Tokens.asTicketing(mvc)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(permissions.size()).isGreaterThanOrEqualTo(12);
        for (JsonNode organizer : permissions.values()) {
            assertThat(organizer.path("organizer").path("name").asString()).isNotBlank();
            assertThat(organizer.path("permissionDetails").size()).isEqualTo(Permission.values().length);
            assertThat(organizer.path("permissions").size()).isEqualTo(48);
            organizer
                    .path("permissionDetails")
                    .values()
                    .forEach(
                            detail -> assertThat(detail.path("label").path("nl").asString())
                                    .isNotBlank());
        }
    }

    @Test
    void listsLinkedOrganizersWithTheSamePermissions() throws Exception {
        UUID pool = fixtures.organizer();
        UUID sportService = organizers
                .create(new OrganizerCommand(
                        null,
                        Fixtures.unique("Sportdienst"),
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(pool),
                        List.of()))
                .id();
        String client =
                fixtures.client(Map.of(sportService, EnumSet.of(Permission.CHECKINS_WRITE, Permission.TARIFFS_READ)));
        mvc.perform(get("/permissions").with(Tokens.as(mvc, client, Fixtures.secretOf(client))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].organizer.id").value(sportService.toString()))
                .andExpect(jsonPath("$[0].permissionDetails[?(@.id == 'CHECKINS_WRITE')].label.nl")
                        .value("Punten sparen"))
                .andExpect(jsonPath("$[0].linkedOrganizers[0].organizer.id").value(pool.toString()))
                .andExpect(jsonPath("$[0].linkedOrganizers[0].permissionDetails[*].id", hasItem("CHECKINS_WRITE")));
        // ...and those permissions count for the linked organizer too
        assertThat(clients.exists(client)).isTrue();
    }

    @Test
    void anAdministratorReplacesAllPermissionsOfAClient() throws Exception {
        UUID first = fixtures.organizer();
        UUID second = fixtures.organizer();
        String client = fixtures.client(Map.of(first, EnumSet.of(Permission.TARIFFS_READ)));
        mvc.perform(put("/permissions/{clientId}", client)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                [{"organizer": {"id": "%s"},
                                  "permissionDetails": [{"id": "CHECKINS_WRITE"}, {"id": "EVENTS_READ"}]},
                                 {"organizer": {"id": "%s"}, "permissions": ["TICKETSALES_SEARCH"]}]
                                """.formatted(second, second)))
                .andExpect(status().isNoContent());
        assertThat(clients.directGrants(client))
                .isEqualTo(Map.of(
                        second,
                        EnumSet.of(Permission.CHECKINS_WRITE, Permission.EVENTS_READ, Permission.TICKETSALES_SEARCH)));
        mvc.perform(get("/permissions/{clientId}", client).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].permissions.length()").value(3));
    }

    @Test
    void aClientWithPermissionsWriteManagesOnlyItsOwnOrganizersAndCannotEscalate() throws Exception {
        UUID mine = fixtures.organizer();
        UUID theirs = fixtures.organizer();
        String manager = fixtures.client(Map.of(
                mine,
                EnumSet.of(
                        Permission.PERMISSIONS_READ,
                        Permission.PERMISSIONS_WRITE,
                        Permission.TARIFFS_READ,
                        Permission.CHECKINS_WRITE)));
        String integrator = fixtures.client(
                Map.of(mine, EnumSet.of(Permission.TARIFFS_READ), theirs, EnumSet.of(Permission.REWARDS_READ)));
        var asManager = Tokens.as(mvc, manager, Fixtures.secretOf(manager));

        mvc.perform(put("/permissions/{clientId}", integrator)
                        .with(asManager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"organizer\": {\"id\": \"%s\"}, \"permissions\": [\"CHECKINS_WRITE\"]}]"
                                .formatted(mine)))
                .andExpect(status().isNoContent());
        assertThat(clients.directGrants(integrator))
                .isEqualTo(Map.of(mine, Set.of(Permission.CHECKINS_WRITE), theirs, Set.of(Permission.REWARDS_READ)));

        mvc.perform(get("/permissions/{clientId}", integrator).with(asManager))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].organizer.id").value(mine.toString()));

        mvc.perform(put("/permissions/{clientId}", integrator)
                        .with(asManager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"organizer\": {\"id\": \"%s\"}, \"permissions\": [\"REWARDS_WRITE\"]}]"
                                .formatted(theirs)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/permissions/{clientId}", integrator)
                        .with(asManager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"organizer\": {\"id\": \"%s\"}, \"permissions\": [\"PASSHOLDERS_DELETE\"]}]"
                                .formatted(mine)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/auth/forbidden"));
    }

    @Test
    void anUnknownClientIsClientNotFound() throws Exception {
        mvc.perform(get("/permissions/{clientId}", "no-such-client").with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/client-not-found"));
        mvc.perform(put("/permissions/{clientId}", "no-such-client")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[]"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/client-not-found"));
    }

    @Test
    void anUnknownOrganizerIsInvalidData() throws Exception {
        String client = fixtures.client(Map.of());
        mvc.perform(put("/permissions/{clientId}", client)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"organizer\": {\"id\": \"%s\"}, \"permissions\": [\"TARIFFS_READ\"]}]"
                                .formatted(UUID.randomUUID())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/0/organizer/id"));
    }
}

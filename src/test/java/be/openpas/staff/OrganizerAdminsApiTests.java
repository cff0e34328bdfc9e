package be.openpas.staff;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/** The contract's organizer admins operations. */
@ApiTest
class OrganizerAdminsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @Test
    void addsListsChangesAndRemovesStaff() throws Exception {
        UUID organizer = fixtures.organizer();
        String client = fixtures.client(
                Map.of(organizer, EnumSet.of(Permission.ORGANIZERS_ADMINS_READ, Permission.ORGANIZERS_ADMINS_WRITE)));
        var caller = Tokens.as(mvc, client, Fixtures.secretOf(client));

        MvcResult added = mvc.perform(post("/organizers/{id}/admins", organizer)
                        .with(caller)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"Jana.Peeters@Example.org\", \"type\": \"MEMBER\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value("jana.peeters@example.org"))
                .andExpect(jsonPath("$.type").value("MEMBER"))
                .andExpect(jsonPath("$.userId").isNotEmpty())
                .andReturn();
        String userId = json.readTree(added.getResponse().getContentAsString())
                .path("userId")
                .asString();

        mvc.perform(post("/organizers/{id}/admins", organizer)
                        .with(caller)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"jana.peeters@example.org\", \"type\": \"ADMIN\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.userId").value(userId))
                .andExpect(jsonPath("$.type").value("ADMIN"));

        mvc.perform(get("/organizers/{id}/admins", organizer).with(caller))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.member[0].type").value("ADMIN"));

        mvc.perform(delete("/organizers/{id}/admins/{userId}", organizer, userId)
                        .with(caller))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/organizers/{id}/admins/{userId}", organizer, userId)
                        .with(caller))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organizers/{id}/admins", organizer).with(caller))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void refusesAnInvalidEmailOrType() throws Exception {
        UUID organizer = fixtures.organizer();
        String client = fixtures.client(Map.of(organizer, EnumSet.of(Permission.ORGANIZERS_ADMINS_WRITE)));
        mvc.perform(post("/organizers/{id}/admins", organizer)
                        .with(Tokens.as(mvc, client, Fixtures.secretOf(client)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"not-an-email\", \"type\": \"MEMBER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/email"));
    }

    @Test
    void administratorsManageStaffOfAnyOrganizer() throws Exception {
        UUID organizer = fixtures.organizer();
        mvc.perform(post("/admin/organizers/{id}/staff", organizer)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"coordinator@example.org\", \"type\": \"ADMIN\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/admin/organizers/{id}/staff", organizer).with(Tokens.asAdmin(mvc)))
                .andExpect(jsonPath("$.member[0].email").value("coordinator@example.org"));
        mvc.perform(get("/admin/organizers/{id}/staff", UUID.randomUUID()).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/organizer-not-found"));
    }
}

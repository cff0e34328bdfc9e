package be.openpas.access;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Who may call what: 401 without (valid) credentials, 403 without the permission for the organizer concerned. */
@ApiTest
class PermissionMatrixTests {

    static final String UNAUTHORIZED = "https://api.publiq.be/probs/auth/unauthorized";
    static final String FORBIDDEN = "https://api.publiq.be/probs/auth/forbidden";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    UUID organizer;
    UUID otherOrganizer;
    String allowed;
    String allowedElsewhere;
    String withoutPermissions;

    @BeforeEach
    void clients() {
        int cardSystem = fixtures.cardSystem("9000", "Gent");
        organizer = fixtures.organizer(cardSystem);
        otherOrganizer = fixtures.organizer(cardSystem);
        Set<Permission> permissions = EnumSet.of(
                Permission.ORGANIZERS_SEARCH,
                Permission.ORGANIZERS_ADMINS_READ,
                Permission.ORGANIZERS_ADMINS_WRITE,
                Permission.PERMISSIONS_READ);
        allowed = fixtures.client(Map.of(organizer, permissions));
        allowedElsewhere = fixtures.client(Map.of(otherOrganizer, permissions));
        withoutPermissions = fixtures.client(Map.of());
    }

    @Test
    void everyOperationRefusesAMissingTokenWith401() throws Exception {
        for (MockHttpServletRequestBuilder request : organizerOperations()) {
            mvc.perform(request)
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.type").value(UNAUTHORIZED))
                    .andExpect(jsonPath("$.endUserMessage.nl").isNotEmpty());
        }
        mvc.perform(get("/permissions")).andExpect(status().isUnauthorized());
        mvc.perform(get("/card-systems")).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/card-systems")).andExpect(status().isUnauthorized());
    }

    @Test
    void everyOperationRefusesAnInvalidTokenWith401() throws Exception {
        for (MockHttpServletRequestBuilder request : organizerOperations()) {
            mvc.perform(request.with(Tokens.bearer("not.a.token")))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type").value(UNAUTHORIZED));
        }
    }

    @Test
    void aClientWithoutThePermissionGets403() throws Exception {
        for (MockHttpServletRequestBuilder request : organizerOperations()) {
            mvc.perform(request.with(Tokens.as(mvc, withoutPermissions, Fixtures.secretOf(withoutPermissions))))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.type").value(FORBIDDEN))
                    .andExpect(jsonPath("$.endUserMessage.nl").isNotEmpty());
        }
    }

    @Test
    void aPermissionForAnotherOrganizerDoesNotCount() throws Exception {
        var token = Tokens.as(mvc, allowedElsewhere, Fixtures.secretOf(allowedElsewhere));
        mvc.perform(get("/organizers/{id}/admins", organizer).with(token)).andExpect(status().isForbidden());
        mvc.perform(post("/organizers/{id}/admins", organizer)
                        .with(token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"x@example.org\",\"type\":\"MEMBER\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organizers/{id}/admins", otherOrganizer).with(token)).andExpect(status().isOk());
    }

    @Test
    void aClientWithThePermissionIsServed() throws Exception {
        var token = Tokens.as(mvc, allowed, Fixtures.secretOf(allowed));
        mvc.perform(get("/organizers").with(token)).andExpect(status().isOk());
        mvc.perform(get("/organizers/{id}/admins", organizer).with(token)).andExpect(status().isOk());
        mvc.perform(post("/organizers/{id}/admins", organizer)
                        .with(token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"new.member@example.org\",\"type\":\"MEMBER\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/permissions/{clientId}", withoutPermissions).with(token))
                .andExpect(status().isOk());
    }

    @Test
    void theAdministrationApiIsForAdministratorClientsOnly() throws Exception {
        mvc.perform(get("/admin/card-systems").with(Tokens.as(mvc, allowed, Fixtures.secretOf(allowed))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(FORBIDDEN));
        mvc.perform(get("/admin/card-systems").with(Tokens.asAdmin(mvc))).andExpect(status().isOk());
    }

    @Test
    void theAdministratorRoleIsSeparateFromOrganizerPermissions() throws Exception {
        mvc.perform(get("/organizers/{id}/admins", organizer).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isForbidden());
    }

    @Test
    void publicReferenceDataAcceptsAClientIdInsteadOfAToken() throws Exception {
        mvc.perform(get("/card-systems").header("x-client-id", withoutPermissions))
                .andExpect(status().isOk());
        mvc.perform(get("/card-systems").header("x-client-id", "no-such-client"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(UNAUTHORIZED));
        mvc.perform(get("/organizers").header("x-client-id", allowed)).andExpect(status().isUnauthorized());
    }

    private MockHttpServletRequestBuilder[] organizerOperations() {
        return new MockHttpServletRequestBuilder[] {
            get("/organizers"),
            get("/organizers/{id}/admins", organizer),
            post("/organizers/{id}/admins", organizer)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"email\":\"someone@example.org\",\"type\":\"MEMBER\"}"),
            get("/permissions/{clientId}", allowed),
        };
    }
}

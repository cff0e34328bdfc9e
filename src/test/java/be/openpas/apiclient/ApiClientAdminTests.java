package be.openpas.apiclient;

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
import tools.jackson.databind.json.JsonMapper;

/** Administration of API clients: secrets are generated, shown once, stored hashed, and can be rotated. */
@ApiTest
class ApiClientAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @Test
    void createsAClientWhoseGeneratedSecretObtainsATokenOnce() throws Exception {
        UUID organizer = fixtures.organizer();
        String body = mvc.perform(post("/admin/clients")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Ticketing CC", "permissions": [{"organizerId": "%s", "permissions": ["TARIFFS_READ"]}]}
                                """.formatted(organizer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.client.clientId").isNotEmpty())
                .andExpect(jsonPath("$.client.permissions[0].organizerId").value(organizer.toString()))
                .andExpect(jsonPath("$.secret").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var created = json.readTree(body);
        String clientId = created.path("client").path("clientId").asString();
        String secret = created.path("secret").asString();
        mvc.perform(get("/permissions").with(Tokens.as(mvc, clientId, secret))).andExpect(status().isOk());
        mvc.perform(get("/admin/clients/{id}", clientId).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secret").doesNotExist())
                .andExpect(jsonPath("$.secretHash").doesNotExist());
    }

    @Test
    void rotatingTheSecretInvalidatesTheOldOne() throws Exception {
        String client = fixtures.client(java.util.Map.of());
        String newSecret = json.readTree(
                        mvc.perform(post("/admin/clients/{id}/secret", client).with(Tokens.asAdmin(mvc)))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .path("secret")
                .asString();
        Tokens.forget(client);
        mvc.perform(post("/oauth2/token")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "client_credentials")
                        .param("client_id", client)
                        .param("client_secret", Fixtures.secretOf(client)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/permissions").with(Tokens.as(mvc, client, newSecret))).andExpect(status().isOk());
    }

    @Test
    void validatesClientsAndRefusesDuplicates() throws Exception {
        mvc.perform(post("/admin/clients")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientId\": \"a b\", \"name\": \"\", \"secret\": \"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors.length()").value(3));
        mvc.perform(post("/admin/clients")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientId\": \"demo-ticketing\", \"name\": \"Again\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void updatesAndDeletesAClient() throws Exception {
        String client = fixtures.client(java.util.Map.of());
        mvc.perform(put("/admin/clients/{id}", client)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Renamed\", \"admin\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Renamed"));
        mvc.perform(get("/admin/clients").param("name", client).with(Tokens.asAdmin(mvc)))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(delete("/admin/clients/{id}", client).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/admin/clients/{id}", client).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/client-not-found"));
    }

    @Test
    void theLastAdministratorClientCannotBeDeletedOrDemoted() throws Exception {
        mvc.perform(delete("/admin/clients/{id}", "demo-admin").with(Tokens.asAdmin(mvc)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://openpas.be/probs/admin/resource-in-use"));
        mvc.perform(put("/admin/clients/{id}", "demo-admin")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Demo administrator\", \"admin\": false}"))
                .andExpect(status().isConflict());
    }
}

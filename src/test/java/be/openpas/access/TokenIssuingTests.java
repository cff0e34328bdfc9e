package be.openpas.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.apiclient.ApiClientCommand;
import be.openpas.apiclient.ApiClients;
import be.openpas.support.ApiTest;
import be.openpas.support.DemoClients;
import be.openpas.support.Tokens;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ApiTest
class TokenIssuingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JWKSource<SecurityContext> signingKey;

    @Autowired
    ApiClients clients;

    @Test
    void issuesASignedJwtForValidClientCredentialsThatExpiresInAnHour() throws Exception {
        MvcResult result = mvc.perform(post("/oauth2/token")
                        .header(HttpHeaders.AUTHORIZATION, basic(DemoClients.TICKETING, DemoClients.TICKETING_SECRET))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "client_credentials"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token_type").value("Bearer"))
                .andReturn();
        JsonNode token = json.readTree(result.getResponse().getContentAsString());
        assertThat(token.path("expires_in").asInt()).isBetween(3590, 3600);
        String[] parts = token.path("access_token").asString().split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode header = json.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.path("alg").asString()).isEqualTo("RS256");
        assertThat(claims.path("sub").asString()).isEqualTo(DemoClients.TICKETING);
        assertThat(claims.path("scope").toString()).doesNotContain("ADMIN");
    }

    @Test
    void acceptsClientCredentialsInTheFormBody() throws Exception {
        mvc.perform(post("/oauth2/token")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "client_credentials")
                        .param("client_id", DemoClients.TICKETING)
                        .param("client_secret", DemoClients.TICKETING_SECRET))
                .andExpect(status().isOk());
    }

    @Test
    void givesAdministratorClientsTheAdminScope() throws Exception {
        String token = Tokens.token(mvc, DemoClients.ADMIN, DemoClients.ADMIN_SECRET);
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.path("scope").toString()).contains("ADMIN");
    }

    @Test
    void rejectsAWrongSecret() throws Exception {
        mvc.perform(post("/oauth2/token")
                        .header(HttpHeaders.AUTHORIZATION, basic(DemoClients.TICKETING, "not-the-secret"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "client_credentials"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_client"));
    }

    @Test
    void rejectsAnUnknownClient() throws Exception {
        mvc.perform(post("/oauth2/token")
                        .header(HttpHeaders.AUTHORIZATION, basic("nobody", "whatever-secret"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "client_credentials"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void rejectsOtherGrantTypes() throws Exception {
        mvc.perform(post("/oauth2/token")
                        .header(HttpHeaders.AUTHORIZATION, basic(DemoClients.TICKETING, DemoClients.TICKETING_SECRET))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "password")
                        .param("username", "x")
                        .param("password", "y"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void publishesThePublicSigningKeysOnly() throws Exception {
        mvc.perform(get("/oauth2/jwks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keys[0].kty").value("RSA"))
                .andExpect(jsonPath("$.keys[0].d").doesNotExist());
    }

    @Test
    void theApiRejectsAnExpiredToken() throws Exception {
        String expired = sign(JwtClaimsSet.builder()
                .subject(DemoClients.TICKETING)
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .claim("scope", List.of("uitpas"))
                .build());
        mvc.perform(get("/permissions").header(HttpHeaders.AUTHORIZATION, "Bearer " + expired))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/auth/unauthorized"));
    }

    @Test
    void theApiRejectsATamperedToken() throws Exception {
        String token = Tokens.token(mvc, DemoClients.TICKETING, DemoClients.TICKETING_SECRET);
        String[] parts = token.split("\\.");
        String forgedClaims = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("{\"sub\":\"demo-admin\",\"scope\":[\"ADMIN\"],\"exp\":"
                                + (Instant.now().getEpochSecond() + 600) + "}")
                        .getBytes());
        mvc.perform(get("/admin/clients")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + parts[0] + "." + forgedClaims + "." + parts[2]))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theApiRejectsTokensOfADeletedClient() throws Exception {
        clients.create(new ApiClientCommand("short-lived-client", "Short lived", false, "short-lived-secret", null));
        String token = Tokens.token(mvc, "short-lived-client", "short-lived-secret");
        mvc.perform(get("/permissions").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk());
        clients.delete("short-lived-client");
        Tokens.forget("short-lived-client");
        mvc.perform(get("/permissions").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    private String sign(JwtClaimsSet claims) {
        return new NimbusJwtEncoder(signingKey)
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes());
    }
}

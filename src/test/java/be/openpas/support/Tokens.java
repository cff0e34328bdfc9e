package be.openpas.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Real access tokens from {@code POST /oauth2/token}, cached per client for the test run. */
public final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Tokens() {}

    public static String token(MockMvc mvc, String clientId, String secret) {
        return CACHE.computeIfAbsent(clientId + ":" + secret, key -> fetch(mvc, clientId, secret));
    }

    /** Adds {@code Authorization: Bearer <token>} for the client. */
    public static RequestPostProcessor as(MockMvc mvc, String clientId, String secret) {
        String token = token(mvc, clientId, secret);
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }

    public static RequestPostProcessor asAdmin(MockMvc mvc) {
        return as(mvc, DemoClients.ADMIN, DemoClients.ADMIN_SECRET);
    }

    public static RequestPostProcessor asTicketing(MockMvc mvc) {
        return as(mvc, DemoClients.TICKETING, DemoClients.TICKETING_SECRET);
    }

    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }

    /** Forgets cached tokens of a client (after its secret or existence changed). */
    public static void forget(String clientId) {
        CACHE.keySet().removeIf(key -> key.startsWith(clientId + ":"));
    }

    private static String fetch(MockMvc mvc, String clientId, String secret) {
        try {
            MvcResult result = mvc.perform(post("/oauth2/token")
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .param("grant_type", "client_credentials")
                            .with(request -> {
                                request.addHeader(
                                        HttpHeaders.AUTHORIZATION,
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString((clientId + ":" + secret).getBytes()));
                                return request;
                            }))
                    .andReturn();
            if (result.getResponse().getStatus() != 200) {
                throw new IllegalStateException(
                        "No token for " + clientId + ": " + result.getResponse().getStatus() + " "
                                + result.getResponse().getContentAsString());
            }
            return JSON.readTree(result.getResponse().getContentAsString())
                    .path("access_token")
                    .asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package be.openpas.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.support.ApiTest;
import be.openpas.support.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Every error is an RFC 7807 problem in the contract's Error shape, with end-user messages in nl, fr and en. */
@ApiTest
class ProblemDetailsTests {

    static final String PROBS = "https://api.publiq.be/probs/";

    @Autowired
    MockMvc mvc;

    @Test
    void malformedJsonIsInvalidSyntax() throws Exception {
        problem(
                mvc.perform(post("/admin/card-systems")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Broken\",")),
                400,
                "body/invalid-syntax");
    }

    @Test
    void anEmptyBodyIsMissing() throws Exception {
        problem(
                mvc.perform(
                        post("/admin/card-systems").with(Tokens.asAdmin(mvc)).contentType(MediaType.APPLICATION_JSON)),
                400,
                "body/missing");
        problem(
                mvc.perform(put("/permissions/{clientId}", "demo-ticketing")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)),
                400,
                "body/missing");
    }

    @Test
    void invalidDataPointsAtEveryInvalidValue() throws Exception {
        problem(
                        mvc.perform(post("/admin/card-systems")
                                .with(Tokens.asAdmin(mvc))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"name": "", "cities": [{"postalCode": "9000", "name": "Gent"},
                                                                {"postalCode": "90", "name": "Nergens"}],
                                         "socialTariff": {"gracePeriodDays": -1}}
                                        """)),
                        400,
                        "body/invalid-data")
                .andExpect(
                        jsonPath("$.schemaErrors[?(@.jsonPointer == '/name')]").exists())
                .andExpect(jsonPath("$.schemaErrors[?(@.jsonPointer == '/cities/1/postalCode')]")
                        .exists())
                .andExpect(jsonPath("$.schemaErrors[?(@.jsonPointer == '/socialTariff/gracePeriodDays')]")
                        .exists())
                .andExpect(jsonPath("$.schemaErrors[?(@.jsonPointer == '/cities/0/postalCode')]")
                        .doesNotExist());
    }

    @Test
    void aValueOfTheWrongTypeIsInvalidDataWithItsPointer() throws Exception {
        problem(
                        mvc.perform(post("/admin/card-systems")
                                .with(Tokens.asAdmin(mvc))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\": \"Typed\", \"cities\": [{\"postalCode\": \"9000\", \"name\": \"Gent\","
                                                + " \"allowsCardlessRegistration\": \"maybe\"}]}")),
                        400,
                        "body/invalid-data")
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/cities/0/allowsCardlessRegistration"));
        problem(
                        mvc.perform(put("/permissions/{clientId}", "demo-ticketing")
                                .with(Tokens.asAdmin(mvc))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("[{\"organizer\": {\"id\": \"x\"}, \"permissions\": [\"FLY\"]}]")),
                        400,
                        "body/invalid-data")
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/0/permissions/0"));
    }

    @Test
    void anUnknownRouteIsUrlNotFound() throws Exception {
        problem(mvc.perform(get("/no-such-route").with(Tokens.asTicketing(mvc))), 404, "url/not-found");
        problem(mvc.perform(get("/card-systems/not-a-number").with(Tokens.asTicketing(mvc))), 404, "url/not-found");
    }

    @Test
    void aLimitAbove500IsQueryLimitExceeded() throws Exception {
        problem(
                mvc.perform(get("/organizers").param("limit", "501").with(Tokens.asTicketing(mvc))),
                400,
                "url/query-limit-exceeded");
        problem(
                mvc.perform(get("/card-systems").param("limit", "1000").with(Tokens.asTicketing(mvc))),
                400,
                "url/query-limit-exceeded");
        mvc.perform(get("/organizers").param("limit", "500").with(Tokens.asTicketing(mvc)))
                .andExpect(status().isOk());
    }

    @Test
    void aMalformedQueryParameterIsAProblem() throws Exception {
        problem(
                mvc.perform(get("/organizers").param("start", "-1").with(Tokens.asTicketing(mvc))),
                400,
                "url/query-parameter-invalid");
        problem(
                mvc.perform(get("/organizers").param("limit", "ten").with(Tokens.asTicketing(mvc))),
                400,
                "url/query-parameter-invalid");
    }

    @Test
    void anUnsupportedMethodIs405WithAllow() throws Exception {
        problem(mvc.perform(delete("/card-systems").with(Tokens.asTicketing(mvc))), 405, "method/not-allowed")
                .andExpect(header().exists("Allow"));
    }

    @Test
    void anUnsupportedContentTypeIs415() throws Exception {
        problem(
                mvc.perform(post("/admin/card-systems")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("name=Gent")),
                415,
                "header/unsupported-media-type");
    }

    @Test
    void anUnexpectedErrorIsAGeneric500WithACorrelationIdAndNoInternals() throws Exception {
        mvc.perform(get("/test/unexpected-failure")
                        .with(Tokens.asTicketing(mvc))
                        .header("X-Correlation-Id", "trace-me-1234"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.title").value("Internal Server Error"))
                .andExpect(jsonPath("$.correlationId").value("trace-me-1234"))
                .andExpect(header().string("X-Correlation-Id", "trace-me-1234"))
                .andExpect(jsonPath("$.endUserMessage.nl").isNotEmpty())
                .andExpect(content().string(not(containsString("db-internal"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("openpas_rw"))));
    }

    @Test
    void everyResponseCarriesACorrelationId() throws Exception {
        mvc.perform(get("/card-systems").with(Tokens.asTicketing(mvc))).andExpect(header().exists("X-Correlation-Id"));
        mvc.perform(get("/card-systems")).andExpect(header().exists("X-Correlation-Id"));
    }

    private ResultActions problem(ResultActions result, int status, String type) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value(PROBS + type))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.endUserMessage.nl").isNotEmpty())
                .andExpect(jsonPath("$.endUserMessage.fr").isNotEmpty())
                .andExpect(jsonPath("$.endUserMessage.en").isNotEmpty())
                .andExpect(content().string(not(containsString("Exception"))));
    }
}

package be.openpas.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.support.ApiTest;
import be.openpas.support.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * A body that is not JSON is {@code body/invalid-syntax} on every operation that takes a JSON body, whatever the
 * shape it expects (an object, an array): the contract's type for "not JSON", not {@code body/invalid-data}.
 */
@ApiTest
class MalformedBodyTests {

    static final String INVALID_SYNTAX = "https://api.publiq.be/probs/body/invalid-syntax";
    /** Cultuurcentrum De Vijvers (Gent, card system 5) of the demo data. */
    static final String VIJVERS = "0a1b2c3d-0005-4000-8000-000000000001";

    static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JsonMapper json;

    /** A kiosk that is set up (its device id) and one that is not yet (its configuration code). */
    String device;

    String configurationCode;

    @BeforeEach
    void kiosks() throws Exception {
        device = "device-" + UUID.randomUUID();
        String code = newKiosk();
        mvc.perform(put("/kiosk-devices/setup")
                        .header("x-custom-token", code)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"%s\", \"deviceId\": \"%s\"}".formatted(kioskName, device))
                        .with(fromAddress()))
                .andExpect(status().isOk());
        configurationCode = newKiosk();
    }

    String kioskName;

    private String newKiosk() throws Exception {
        kioskName = "CID-MALFORMED-" + UUID.randomUUID();
        String created = mvc.perform(post("/admin/kiosks")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "%s", "cardSystemId": 5, "organizerIds": ["%s"]}
                                """.formatted(kioskName, VIJVERS)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(created).path("configurationCode").asString();
    }

    @Test
    void aBodyThatIsNotJsonIsInvalidSyntaxOnEveryOperationWithAJsonBody() throws Exception {
        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            MethodParameter body = jsonBody(handler);
            if (body == null) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/balie")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    String path = concrete(pattern, handler);
                    for (String malformed : List.of("{\"broken\": ", "[{\"broken\": ", "not json at all")) {
                        MockHttpServletResponse response = mvc.perform(request(HttpMethod.valueOf(method.name()), path)
                                        .with(caller(pattern))
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(malformed))
                                .andReturn()
                                .getResponse();
                        String answer = response.getStatus() + " " + response.getContentAsString();
                        if (response.getStatus() != 400 || !answer.contains(INVALID_SYNTAX)) {
                            wrong.add(method + " " + pattern + " with " + malformed + ": " + answer);
                        }
                    }
                    checked.add(method + " " + pattern);
                }
            }
        }
        assertThat(checked).as("operations with a JSON body").hasSizeGreaterThan(40);
        assertThat(wrong).isEmpty();
    }

    /** The parameter bound from a JSON body (not raw text or bytes), if the operation has one. */
    private static MethodParameter jsonBody(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                Class<?> type = parameter.getParameterType();
                return type == String.class || type == byte[].class ? null : parameter;
            }
        }
        return null;
    }

    /** The pattern with a plausible value for each path variable (a UUID, a number or a word by its type). */
    private static String concrete(String pattern, HandlerMethod handler) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(sample(matcher.group(1), handler)));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static String sample(String variable, HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            PathVariable annotation = parameter.getParameterAnnotation(PathVariable.class);
            if (annotation != null) {
                String name = !annotation.value().isEmpty()
                        ? annotation.value()
                        : !annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName();
                if (variable.equals(name)) {
                    Class<?> type = parameter.getParameterType();
                    if (type == UUID.class) {
                        return new UUID(0, 1).toString();
                    }
                    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                        return "1";
                    }
                }
            }
        }
        return "x";
    }

    /** An administrator for the administration API, a kiosk for the kiosks' own operations, else a ticketing client. */
    private RequestPostProcessor caller(String pattern) {
        if (pattern.startsWith("/kiosk-devices")) {
            String token = pattern.equals("/kiosk-devices/setup") ? configurationCode : device;
            RequestPostProcessor address = fromAddress();
            return request -> {
                request.addHeader("x-custom-token", token);
                return address.postProcessRequest(request);
            };
        }
        return pattern.startsWith("/admin") ? Tokens.asAdmin(mvc) : Tokens.asTicketing(mvc);
    }

    /** Every request from an address of its own, so that the kiosk setup's rate limit is never reached. */
    private static RequestPostProcessor fromAddress() {
        int n = ADDRESSES.incrementAndGet();
        return request -> {
            request.setRemoteAddr("10.9." + (n / 250) + "." + (n % 250 + 1));
            return request;
        };
    }

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES =
            new java.util.concurrent.atomic.AtomicInteger();
}

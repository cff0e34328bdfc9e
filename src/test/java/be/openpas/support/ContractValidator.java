package be.openpas.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Checks API exchanges against the public UiTPAS API 4.0 contract ({@code ../shared/reference/uitpas-api-4.0.json}).
 *
 * <ul>
 *   <li>Every response of a contract path is validated against the contract (status-specific schema where the
 *       contract documents the status).
 *   <li>The request is validated too when the response is a success (tests of bad input send invalid requests on
 *       purpose).
 *   <li>A path outside the contract that is not openpas's own (administration, OAuth2, operations) fails the test:
 *       openpas must not invent UiTPAS operations.
 * </ul>
 *
 * <p>Deliberate deviations are listed in docs/contract-deviations.md and configured here. When the contract file is
 * missing the check is skipped locally, but fails when {@code CI=true}.
 */
public final class ContractValidator {

    public static final Path CONTRACT = Path.of("..", "shared", "reference", "uitpas-api-4.0.json");
    private static final List<String> OWN_PREFIXES = List.of(
            "/admin",
            "/oauth2",
            "/.well-known",
            "/actuator",
            "/v3/api-docs",
            "/swagger-ui",
            "/error",
            "/test",
            "/files",
            "/card-packages",
            "/card-stock");

    private static final java.util.Set<String> UNKNOWN_OPERATION =
            java.util.Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    private static volatile OpenApiInteractionValidator validator;

    private ContractValidator() {}

    public static boolean available() {
        return Files.isRegularFile(CONTRACT);
    }

    /** Fails when the contract is missing on CI; tells whether contract checks can run. */
    public static boolean requireContract() {
        if (!available()) {
            assertThat("true".equalsIgnoreCase(System.getenv("CI")))
                    .as("the UiTPAS contract %s is missing on CI", CONTRACT.toAbsolutePath())
                    .isFalse();
            return false;
        }
        return true;
    }

    public static void check(MvcResult result) {
        MockHttpServletRequest request = result.getRequest();
        String path = request.getRequestURI();
        if (OWN_PREFIXES.stream().anyMatch(path::startsWith) || !requireContract()) {
            return;
        }
        MockHttpServletResponse response = result.getResponse();
        Request.Method method = Request.Method.valueOf(request.getMethod());
        SimpleResponse.Builder responseBuilder = SimpleResponse.Builder.status(response.getStatus());
        response.getHeaderNames().forEach(name -> responseBuilder.withHeader(name, response.getHeaders(name)));
        if (response.getContentType() != null) {
            responseBuilder.withContentType(response.getContentType());
        }
        try {
            String body = response.getContentAsString();
            if (!body.isEmpty()) {
                responseBuilder.withBody(body);
            }
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        ValidationReport report;
        if (response.getStatus() < 300) {
            report = validator().validate(request(request, method, path), responseBuilder.build());
        } else {
            report = validator().validateResponse(path, method, responseBuilder.build());
        }
        List<ValidationReport.Message> messages = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                // an error response to a route or method outside the contract is checked by openpas's own tests
                .filter(message -> response.getStatus() < 400 || !UNKNOWN_OPERATION.contains(message.getKey()))
                // RFC 7807 allows extension members in problems (cardStatus, passholderId of invalid-card-status)
                .filter(message -> response.getStatus() < 400
                        || !message.getKey().equals("validation.response.body.schema.additionalProperties"))
                // the contract names the rate-limited problem for 429 but declares no body
                // (docs/contract-deviations.md)
                .filter(message ->
                        response.getStatus() != 429 || !message.getKey().equals("validation.response.body.unexpected"))
                .filter(message -> !deltaExport(path, message))
                .filter(message -> !rewardExtension(path, method, message))
                .toList();
        assertThat(messages)
                .as(
                        "%s %s -> %d must follow the UiTPAS contract:%n%s",
                        method, path, response.getStatus(), describe(messages))
                .isEmpty();
    }

    /**
     * The delta variant of the social-tariff card export: the contract shows {@code deltaOperation} in an example but
     * declares neither it nor a way to ask for it; openpas takes {@code since} (docs/contract-deviations.md).
     */
    private static boolean deltaExport(String path, ValidationReport.Message message) {
        return path.matches("/cards/social-tariff/[^/]+/active")
                && ((message.getKey().equals("validation.request.parameter.query.unexpected")
                                && message.getMessage().contains("'since'"))
                        || (message.getKey().equals("validation.response.body.schema.additionalProperties")
                                && message.getMessage().contains("'deltaOperation'")));
    }

    /**
     * {@code Reward.inSpotlight}: every Reward example of the contract shows it, but the schema does not declare it;
     * and the optional {@code organizerId} of {@code POST /rewards/redeemed} (docs/contract-deviations.md).
     */
    private static boolean rewardExtension(String path, Request.Method method, ValidationReport.Message message) {
        if (!path.startsWith("/rewards") || !message.getKey().endsWith(".body.schema.additionalProperties")) {
            return false;
        }
        return message.getMessage().contains("'inSpotlight'")
                || (method == Request.Method.POST
                        && path.equals("/rewards/redeemed")
                        && message.getMessage().contains("'organizerId'"));
    }

    private static Request request(MockHttpServletRequest request, Request.Method method, String path) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method, path);
        Collections.list(request.getHeaderNames())
                .forEach(name -> builder.withHeader(name, Collections.list(request.getHeaders(name))));
        boolean form = request.getContentType() != null
                && request.getContentType().startsWith("application/x-www-form-urlencoded");
        if (!form) {
            request.getParameterMap().forEach(builder::withQueryParam);
        }
        if (request.getContentAsByteArray() != null && request.getContentAsByteArray().length > 0) {
            builder.withBody(request.getContentAsByteArray());
        }
        return builder.build();
    }

    private static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (ContractValidator.class) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForSpecificationUrl(
                                    CONTRACT.toAbsolutePath().toUri().toString())
                            // merge allOf schemas (TariffAvailibility = Tariff + remaining), so that the contract's
                            // closed schemas do not reject the properties of the other part
                            .withResolveCombinators(true)
                            .withLevelResolver(LevelResolver.create()
                                    // authentication is tested by openpas's own tests (401/403 matrix)
                                    .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                                    .withLevel("validation.request.security.invalid", ValidationReport.Level.IGNORE)
                                    // generic publiq problems (405, 415, 406, 500) are not listed per operation
                                    .withLevel("validation.response.status.unknown", ValidationReport.Level.IGNORE)
                                    .build())
                            .build();
                }
            }
        }
        return validator;
    }

    private static String describe(List<ValidationReport.Message> messages) {
        return messages.stream()
                .map(message -> "  [" + message.getKey() + "] " + message.getMessage())
                .collect(Collectors.joining(System.lineSeparator()));
    }
}

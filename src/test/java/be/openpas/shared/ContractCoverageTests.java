package be.openpas.shared;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.support.ApiTest;
import be.openpas.support.ContractValidator;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route openpas serves outside its own administration and operations paths is an operation of the UiTPAS API
 * 4.0 contract, with the same method and path: openpas implements the contract, it does not extend it.
 */
@ApiTest
class ContractCoverageTests {

    static final List<String> OWN = List.of(
            "/admin",
            "/error",
            "/test",
            "/v3/api-docs",
            "/swagger-ui",
            "/files",
            "/card-packages",
            "/card-stock",
            // the counter web app
            "/balie");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JsonMapper json;

    @Test
    void everyPublicRouteIsAContractOperation() throws Exception {
        if (!ContractValidator.requireContract()) {
            return;
        }
        JsonNode paths =
                json.readTree(Files.readString(ContractValidator.CONTRACT)).path("paths");
        Set<String> contract = new TreeSet<>();
        for (var path : paths.properties()) {
            for (String method : path.getValue().propertyNames()) {
                contract.add(method.toUpperCase(Locale.ROOT) + " " + normalise(path.getKey()));
            }
        }
        List<String> invented = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            for (String pattern : info.getPatternValues()) {
                if (OWN.stream().anyMatch(pattern::startsWith)) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    String route = method.name() + " " + normalise(pattern);
                    if (!contract.contains(route)) {
                        invented.add(route);
                    }
                }
            }
        });
        assertThat(invented).as("routes that are not in the UiTPAS contract").isEmpty();
    }

    /** Path variable names do not matter: /a/{x} equals /a/{y}. */
    private static String normalise(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }
}

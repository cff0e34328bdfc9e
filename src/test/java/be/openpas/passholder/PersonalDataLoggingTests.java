package be.openpas.passholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.InszNumbers;
import be.openpas.support.Tokens;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * INSZ numbers and kansenstatuut never reach the logs: every log event (message, key-value pairs, MDC and exception
 * chain) written during a counter's whole passholder flow, including the failures, is captured with our own code at
 * DEBUG and checked.
 */
@ApiTest
class PersonalDataLoggingTests {

    static final Set<Permission> COUNTER = EnumSet.of(
            Permission.PASSHOLDERS_WRITE,
            Permission.PASSHOLDERS_SEARCH,
            Permission.PASSHOLDERS_WRITE_SOCIALTARIFF,
            Permission.PASSES_READ,
            Permission.PASSES_INSZNUMBERS_READ);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    final Logger ours = (Logger) LoggerFactory.getLogger("be.openpas");
    Level oursBefore;

    @BeforeEach
    void capture() {
        oursBefore = ours.getLevel();
        ours.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        ours.setLevel(oursBefore);
    }

    @Test
    void inszNumbersAndKansenstatuutNeverAppearInTheLogs() throws Exception {
        Fixtures.Region region = fixtures.region();
        String clientId = fixtures.client(Map.of(region.counterId(), COUNTER));
        RequestPostProcessor counter = Tokens.as(mvc, clientId, Fixtures.secretOf(clientId));
        InszNumbers.Person person = InszNumbers.aged(41);
        String insz = person.inszNumber();
        LocalDate endDate =
                LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(7).withDayOfMonth(17);
        LocalDate renewed = endDate.plusMonths(2);
        String card = fixtures.stockCard(region.cardSystemId(), region.counterId(), true);
        String otherCard = fixtures.stockCard(region.cardSystemId(), region.counterId(), true);

        JsonNode registered = json.readTree(mvc.perform(post("/passholders")
                        .with(counter)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(registration(region, person, card, endDate)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        String id = registered.get("id").asString();

        // the same person again, and a mistyped INSZ number
        mvc.perform(post("/passholders")
                        .with(counter)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(registration(region, person, otherCard, endDate)))
                .andExpect(status().isBadRequest());
        String mistyped = insz.substring(0, 9) + (insz.charAt(9) == '9' ? "0" : "9") + insz.charAt(10);
        mvc.perform(post("/passholders")
                        .with(counter)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(registration(
                                region, new InszNumbers.Person(person.dateOfBirth(), mistyped), otherCard, endDate)))
                .andExpect(status().isBadRequest());

        // every way of looking the person up
        mvc.perform(get("/passholders").param("inszNumber", insz).with(counter)).andExpect(status().isOk());
        mvc.perform(get("/passholders").param("inszNumber", mistyped).with(counter));
        mvc.perform(get("/passes").param("identifier", insz).with(counter)).andExpect(status().isOk());
        mvc.perform(get("/insz-numbers/{insz}", insz).with(counter)).andExpect(status().isOk());
        mvc.perform(get("/passes/{number}", card).with(counter)).andExpect(status().isOk());
        mvc.perform(get("/passholders/{id}", id).with(counter)).andExpect(status().isOk());
        mvc.perform(get("/passholders/{id}", insz).with(counter)).andExpect(status().is4xxClientError());
        mvc.perform(get("/passholders/status/insz-numbers/{insz}", insz).header("x-client-id", clientId))
                .andExpect(status().isOk());

        // kansenstatuut changes by the back office
        RequestPostProcessor admin = Tokens.asAdmin(mvc);
        mvc.perform(put("/admin/passholders/{id}/memberships/{cs}/social-tariff", id, region.cardSystemId())
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"endDate\": \"%s\", \"remarks\": \"attest OCMW\"}".formatted(renewed)))
                .andExpect(status().isOk());
        mvc.perform(delete("/admin/passholders/{id}/memberships/{cs}/social-tariff", id, region.cardSystemId())
                        .with(admin))
                .andExpect(status().isOk());

        // an import with the INSZ number in a broken entry
        mvc.perform(post("/admin/imports")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"formatVersion": 1, "passholders": [{"person": {"name": "X", "firstName": "Y",
                                 "dateOfBirth": "1950-01-01", "inszNumber": "%s",
                                 "address": {"postalCode": "9000", "city": "Gent", "country": "BE"}},
                                 "memberships": [{"cardSystemId": %d, "socialTariffEndDate": "%s"}]}]}
                                """.formatted(insz, region.cardSystemId(), endDate)))
                .andExpect(status().isBadRequest());

        String logs =
                captured.list.stream().map(PersonalDataLoggingTests::render).collect(Collectors.joining("\n"));
        assertThat(logs).as("the flow was logged at all").contains("/passholders/{passholderId}");
        assertThat(logs)
                .doesNotContain(insz)
                .doesNotContain(mistyped)
                .doesNotContain(dotted(insz))
                .doesNotContain(endDate.toString())
                .doesNotContain(renewed.toString())
                .doesNotContain("attest OCMW")
                .doesNotContainIgnoringCase("kansenstatuut")
                .doesNotContainIgnoringCase("socialTariff");
    }

    private static String dotted(String insz) {
        return "%s.%s.%s-%s.%s"
                .formatted(
                        insz.substring(0, 2),
                        insz.substring(2, 4),
                        insz.substring(4, 6),
                        insz.substring(6, 9),
                        insz.substring(9));
    }

    /** Everything an appender could write of an event. */
    private static String render(ILoggingEvent event) {
        StringBuilder text =
                new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        if (event.getKeyValuePairs() != null) {
            event.getKeyValuePairs()
                    .forEach(pair ->
                            text.append(' ').append(pair.key).append('=').append(pair.value));
        }
        event.getMDCPropertyMap()
                .forEach(
                        (key, value) -> text.append(' ').append(key).append('=').append(value));
        for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
            text.append("\n").append(cause.getClassName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    private static String registration(
            Fixtures.Region region, InszNumbers.Person person, String card, LocalDate endDate) {
        return """
                {
                  "name": "Wouters", "firstName": "Lotte", "inszNumber": "%s",
                  "dateOfBirth": "%s", "gender": "FEMALE",
                  "address": {"street": "Veldstraat 12", "postalCode": "9000", "city": "Gent", "country": "BE"},
                  "legalTermsPaper": true,
                  "registrationOrganizer": {"id": "%s"},
                  "registrationCardSystemId": %d,
                  "registrationCardType": "NFC_CARD",
                  "registrationUitpasNumber": "%s",
                  "registrationSocialTariffEndDate": "%s"
                }
                """.formatted(
                person.inszNumber(), person.dateOfBirth(), region.counterId(), region.cardSystemId(), card, endDate);
    }
}

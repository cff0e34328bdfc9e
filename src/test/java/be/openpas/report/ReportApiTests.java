package be.openpas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.event.EventView;
import be.openpas.passholder.PassholderView;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import be.openpas.support.Tokens;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The financial report operations of the contract: permissions ({@code ORGANIZERS_REPORTS} for the organizer), the
 * problem types they answer, FAILED reports without sales, and the short-lived download link.
 */
@ApiTest
@Import(ReportWorld.class)
class ReportApiTests {

    static final String PROBS = "https://api.publiq.be/probs/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures saleFixtures;

    @Autowired
    Reports reports;

    @Autowired
    JsonMapper json;

    @Autowired
    ReportWorld world;

    Fixtures.Region region;
    RequestPostProcessor counter;
    LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);

    @BeforeEach
    void setUp() {
        region = world.region();
        String client = saleFixtures.clientWith(region.counterId(), Permission.ORGANIZERS_REPORTS);
        counter = Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    String path() {
        return "/organizers/" + region.counterId() + "/financial-reports";
    }

    ResultActions start(RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(
                post(path()).with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String period(LocalDate start, LocalDate end) {
        return "{\"startDate\": \"%s\", \"endDate\": \"%s\"}".formatted(start, end);
    }

    long available() throws Exception {
        EventView event = world.event(region, "15.00");
        PassholderView holder = world.passholder(region, "9000", "Gent", today.plusMonths(6));
        world.sell(event, holder, "15.00");
        String body = start(counter, period(today, today))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = json.readTree(body).path("id").asLong();
        assertThat(world.finished(id).status()).isEqualTo(ReportStatus.AVAILABLE);
        return id;
    }

    @Test
    void aPeriodWithoutSalesFailsWithAMessageForTheCounter() throws Exception {
        String body = start(counter, period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 31)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("STARTED"))
                .andExpect(jsonPath("$.creationDate").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = json.readTree(body).path("id").asLong();
        world.finished(id);
        mvc.perform(get(path() + "/{id}", id).with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.message")
                        .value("Geen kortingen geregistreerd in de periode 01/01/2020 - 31/03/2020."));
        mvc.perform(get(path()).with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].period.endDate").value("2020-03-31"));
        // a FAILED report has nothing to download
        mvc.perform(get(path() + "/{id}.zip", id).with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/report-invalid-status"))
                .andExpect(jsonPath("$.endUserMessage.nl").exists());
        mvc.perform(get(path() + "/{id}/download-link", id).with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/report-invalid-status"));
    }

    @Test
    void theDownloadLinkWorksWithoutATokenUntilItExpiresAndCannotBeAltered() throws Exception {
        long id = available();
        String link = json.readTree(
                        mvc.perform(get(path() + "/{id}/download-link", id).with(counter))
                                .andExpect(status().isOk())
                                .andExpect(jsonPath("$.downloadLink", startsWith("http://localhost/files/")))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .path("downloadLink")
                .asString();
        URI uri = URI.create(link);
        byte[] zip = mvc.perform(get(uri.getPath() + "?" + uri.getQuery()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/x-zip-compressed"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(ReportWorld.unzip(zip)).containsKeys("overzicht.csv", "gemeente-gent.xlsx");
        String other = uri.getPath().replace(id + ".zip", (id + 1) + ".zip");
        mvc.perform(get(other + "?" + uri.getQuery()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBS + "auth/forbidden"));
        String expired = uri.getQuery().replaceFirst("expires=\\d+", "expires=1000");
        mvc.perform(get(uri.getPath() + "?" + expired)).andExpect(status().isForbidden());
    }

    @Test
    void theSameExportAskedTwiceWhileRunningIsOneReport() {
        ReportPeriod period = new ReportPeriod(today.minusYears(3), today.minusYears(3));
        Report first = reports.start(region.counterId(), null, period, "a");
        Report second = reports.start(region.counterId(), null, period, "b");
        assertThat(second.id()).isIn(first.id(), second.id());
        if (second.id() != first.id()) {
            // the first had already finished
            assertThat(reports.get(Long.toString(first.id()), null, null).status())
                    .isNotEqualTo(ReportStatus.STARTED);
        }
    }

    @Test
    void everyOperationNeedsOrganizersReportsForTheOrganizer() throws Exception {
        long id = available();
        String other =
                saleFixtures.clientWith(region.counterId(), Permission.TICKETSALES_SEARCH, Permission.TARIFFS_READ);
        RequestPostProcessor without = Tokens.as(mvc, other, Fixtures.secretOf(other));
        UUID elsewhere = fixtures.organizer(region.cardSystemId());
        String elsewhereClient = saleFixtures.clientWith(elsewhere, Permission.ORGANIZERS_REPORTS);
        RequestPostProcessor otherOrganizer = Tokens.as(mvc, elsewhereClient, Fixtures.secretOf(elsewhereClient));
        for (RequestPostProcessor who : new RequestPostProcessor[] {without, otherOrganizer}) {
            mvc.perform(get(path() + "/periods").with(who)).andExpect(status().isForbidden());
            mvc.perform(get(path()).with(who)).andExpect(status().isForbidden());
            start(who, period(today, today)).andExpect(status().isForbidden());
            mvc.perform(get(path() + "/{id}", id).with(who)).andExpect(status().isForbidden());
            mvc.perform(get(path() + "/{id}.zip", id).with(who)).andExpect(status().isForbidden());
            mvc.perform(get(path() + "/{id}/download-link", id).with(who))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value(PROBS + "auth/forbidden"));
        }
        // the other organizer's own path does not show this report
        mvc.perform(get("/organizers/{o}/financial-reports/{id}", elsewhere, id).with(otherOrganizer))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/report-not-found"));
        mvc.perform(get(path())).andExpect(status().isUnauthorized());
        mvc.perform(get(path() + "/{id}.zip", id).with(Tokens.asTicketing(mvc))).andExpect(status().isForbidden());
    }

    @Test
    void unknownOrganizersAndReportsAreNotFound() throws Exception {
        mvc.perform(get("/organizers/{id}/financial-reports", UUID.randomUUID()).with(counter))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/organizer-not-found"));
        mvc.perform(get("/organizers/not-a-uuid/financial-reports/periods").with(counter))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/organizer-not-found"));
        for (String report : new String[] {"999999999", "abc"}) {
            mvc.perform(get(path() + "/" + report).with(counter))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value(PROBS + "uitpas/report-not-found"))
                    .andExpect(jsonPath("$.endUserMessage.nl").exists());
            mvc.perform(get(path() + "/" + report + ".zip").with(counter))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value(PROBS + "uitpas/report-not-found"));
            mvc.perform(get(path() + "/" + report + "/download-link").with(counter))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value(PROBS + "uitpas/report-not-found"));
        }
    }

    @Test
    void thePeriodIsValidated() throws Exception {
        mvc.perform(post(path()).with(counter).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "body/missing"));
        start(counter, "{\"startDate\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "body/invalid-syntax"));
        start(counter, "{\"endDate\": \"2026-01-31\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/startDate"));
        start(counter, "{\"startDate\": \"2026-02-01\", \"endDate\": \"2026-01-31\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/endDate"));
        start(counter, "{\"startDate\": \"2026-02-30\", \"endDate\": \"2026-03-31\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "body/invalid-data"));
    }

    @Test
    void theAdministrationApiIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/card-systems/{id}/settlement", region.cardSystemId())
                        .param("startDate", "2026-01-01")
                        .param("endDate", "2026-01-31")
                        .with(counter))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/card-systems/{id}/settlement", 987654)
                        .param("startDate", "2026-01-01")
                        .param("endDate", "2026-01-31")
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/cardsystem-not-found"));
        mvc.perform(get("/admin/card-systems/{id}/settlement", region.cardSystemId())
                        .param("startDate", "2026-02-01")
                        .param("endDate", "2026-01-31")
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "url/query-parameter-invalid"));
        mvc.perform(get("/admin/card-systems/{id}/financial-reports/{r}", region.cardSystemId(), 999999999)
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/report-not-found"));
    }
}

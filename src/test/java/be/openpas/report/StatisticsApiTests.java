package be.openpas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.checkin.Channel;
import be.openpas.checkin.Checkins;
import be.openpas.event.CalendarType;
import be.openpas.event.EventCalendar;
import be.openpas.event.EventView;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import be.openpas.support.Tokens;
import be.openpas.ticketing.TicketSales;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Participation statistics through the administration API, as JSON and as CSV, with small groups suppressed. */
@ApiTest
@Import(ReportWorld.class)
class StatisticsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SaleFixtures saleFixtures;

    @Autowired
    TicketSales ticketSales;

    @Autowired
    Passholders passholders;

    @Autowired
    Checkins checkins;

    @Autowired
    ReportWorld world;

    Fixtures.Region region;
    LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);

    @BeforeEach
    void setUp() {
        region = world.region();
        EventView library = saleFixtures.event(
                region.counterId(),
                "0.00",
                new EventCalendar(CalendarType.PERMANENT, null, null, List.of(), List.of()));
        EventView concert = world.event(region, "20.00");
        List<PassholderView> holders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            holders.add(world.passholder(region, "9000", "Gent", today.plusMonths(6)));
        }
        for (int i = 0; i < 2; i++) {
            holders.add(world.passholder(region, "9900", "Eeklo", null));
        }
        for (PassholderView holder : holders) {
            checkins.checkIn(holder.uitpasNumber().orElseThrow(), library, Channel.COUNTER, null, "test")
                    .orElseThrow();
        }
        for (int i = 0; i < 5; i++) {
            world.sell(concert, holders.get(i), "20.00");
        }
    }

    ResultActions statistics(String path) throws Exception {
        return mvc.perform(get("/admin/card-systems/{id}/" + path, region.cardSystemId())
                .param("startDate", today.minusDays(1).toString())
                .param("endDate", today.toString())
                .with(Tokens.asAdmin(mvc)));
    }

    @Test
    void smallGroupsAreLeftOutOfTheStatistics() throws Exception {
        statistics("statistics")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.threshold").value(5))
                .andExpect(jsonPath("$.total.passholders.withSocialTariff").value(6))
                // two passholders without a kansenstatuut: too few to show
                .andExpect(jsonPath("$.total.passholders.withoutSocialTariff").doesNotExist())
                .andExpect(jsonPath("$.total.newPassholders.withSocialTariff").value(6))
                .andExpect(jsonPath("$.total.checkins.withSocialTariff").value(6))
                .andExpect(jsonPath("$.total.checkins.withoutSocialTariff").doesNotExist())
                .andExpect(jsonPath("$.total.ticketSales.withSocialTariff").value(5))
                .andExpect(jsonPath("$.total.discount.withSocialTariff").value(80.0))
                .andExpect(jsonPath("$.total.participants.withSocialTariff").value(6))
                .andExpect(jsonPath("$.total.socialTariffParticipation.holders").value(6))
                .andExpect(jsonPath("$.total.socialTariffParticipation.atLeastOnce")
                        .value(1.0))
                .andExpect(jsonPath("$.total.socialTariffParticipation.atLeastTwice")
                        .value(0.8333))
                .andExpect(jsonPath("$.byMunicipality[?(@.key == 'Gent')].passholders.withSocialTariff")
                        .value(6))
                .andExpect(jsonPath("$.byOrganizer[0].key")
                        .value(region.counterId().toString()))
                .andExpect(jsonPath("$.byOrganizer[0].name").exists());
    }

    @Test
    void aHigherThresholdHidesMoreButALowerOneIsRefused() throws Exception {
        mvc.perform(get("/admin/card-systems/{id}/statistics", region.cardSystemId())
                        .param("startDate", today.minusDays(1).toString())
                        .param("endDate", today.toString())
                        .param("threshold", "10")
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.threshold").value(10))
                .andExpect(jsonPath("$.total.passholders.withSocialTariff").doesNotExist());
        mvc.perform(get("/admin/card-systems/{id}/statistics", region.cardSystemId())
                        .param("startDate", today.minusDays(1).toString())
                        .param("endDate", today.toString())
                        .param("threshold", "2")
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.threshold").value(5));
    }

    @Test
    void theCsvHasOneLinePerGroupWithEmptyCellsForSuppressedNumbers() throws Exception {
        String csv = statistics("statistics.csv")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).startsWith("table,key,name,passholders_with,passholders_without");
        assertThat(lines.get(1)).startsWith("total,total,Totaal,6,,6,");
        assertThat(lines).anyMatch(line -> line.startsWith("municipality,Gent,Gent,6,"));
    }

    @Test
    void statisticsAreForAdministrators() throws Exception {
        mvc.perform(get("/admin/card-systems/{id}/statistics", region.cardSystemId())
                        .param("startDate", today.toString())
                        .param("endDate", today.toString())
                        .with(Tokens.asTicketing(mvc)))
                .andExpect(status().isForbidden());
    }
}

package be.openpas.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.event.EventView;
import be.openpas.passholder.PassholderView;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.MutableClock;
import be.openpas.support.MutableClockConfiguration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Report periods are calendar days in Belgium, both inclusive: a sale belongs to a period from its first day 00:00
 * until before the day after its last day 00:00, Brussels time, whatever the offset to UTC (+01:00 in winter,
 * +02:00 in summer) and on the days the clocks change.
 */
@ApiTest
@Import({ReportWorld.class, MutableClockConfiguration.class})
class ReportPeriodTests {

    @Autowired
    MutableClock clock;

    @Autowired
    Reports reports;

    @Autowired
    ReportWorld world;

    Fixtures.Region region;
    EventView event;
    PassholderView holder;

    @BeforeEach
    void setUp() {
        clock.setBrussels("2026-01-10T10:00");
        region = world.region();
        event = world.event(region, "10.00");
        holder = world.passholder(region, "9000", "Gent", LocalDate.of(2027, 12, 31));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    void sellAt(String brusselsTime) {
        clock.setBrussels(brusselsTime);
        world.sell(event, holder, "10.00");
    }

    long salesIn(String start, String end) {
        return reports.settlement(region.cardSystemId(), new ReportPeriod(LocalDate.parse(start), LocalDate.parse(end)))
                .sales();
    }

    @Test
    void aMonthEndsAtMidnightInBrusselsNotInUtc() {
        sellAt("2026-06-30T23:30"); // 21:30 UTC
        sellAt("2026-07-01T00:00"); // 30 June 22:00 UTC
        sellAt("2026-07-01T01:59"); // 30 June 23:59 UTC
        assertThat(salesIn("2026-06-01", "2026-06-30")).isEqualTo(1);
        assertThat(salesIn("2026-07-01", "2026-07-31")).isEqualTo(2);
    }

    @Test
    void theLastSecondOfAMonthBelongsToIt() {
        sellAt("2026-03-31T23:59:59");
        sellAt("2026-04-01T00:00");
        assertThat(salesIn("2026-03-01", "2026-03-31")).isEqualTo(1);
        assertThat(salesIn("2026-04-01", "2026-04-30")).isEqualTo(1);
        assertThat(salesIn("2026-03-01", "2026-04-30")).isEqualTo(2);
    }

    @Test
    void februaryEndsOnThe28thIn2027() {
        sellAt("2027-02-28T23:59");
        sellAt("2027-03-01T00:00");
        assertThat(salesIn("2027-02-01", "2027-02-28")).isEqualTo(1);
        assertThat(salesIn("2027-03-01", "2027-03-31")).isEqualTo(1);
    }

    @Test
    void theDayTheClocksGoForwardHas23HoursAllInTheDay() {
        sellAt("2026-03-28T23:59"); // +01:00
        sellAt("2026-03-29T00:30"); // +01:00
        sellAt("2026-03-29T23:30"); // +02:00
        sellAt("2026-03-30T00:00");
        assertThat(salesIn("2026-03-29", "2026-03-29")).isEqualTo(2);
        assertThat(salesIn("2026-03-28", "2026-03-28")).isEqualTo(1);
        assertThat(salesIn("2026-03-30", "2026-03-30")).isEqualTo(1);
    }

    @Test
    void theDayTheClocksGoBackHas25HoursAllInTheDay() {
        sellAt("2026-10-25T00:10"); // +02:00
        sellAt("2026-10-25T23:50"); // +01:00, 22:50 UTC
        sellAt("2026-10-26T00:00");
        assertThat(salesIn("2026-10-25", "2026-10-25")).isEqualTo(2);
        assertThat(salesIn("2026-10-26", "2026-10-26")).isEqualTo(1);
    }

    @Test
    void theExportJobCountsTheSameSalesAsTheSettlement() {
        sellAt("2026-10-25T23:50");
        sellAt("2026-10-31T23:59");
        sellAt("2026-11-01T00:00");
        Report october = reports.start(
                region.counterId(),
                null,
                new ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)),
                "report-tests");
        assertThat(world.finished(october.id()).sales()).isEqualTo(2);
    }

    @Test
    void suggestedPeriodsAreEndedMonthsAndQuartersWithSales() {
        sellAt("2026-04-15T12:00");
        sellAt("2026-06-30T23:30");
        sellAt("2026-08-01T00:00");
        clock.setBrussels("2026-09-15T10:00");
        assertThat(reports.suggestedPeriods(region.counterId()))
                .containsExactly(
                        period("2026-08-01", "2026-08-31"),
                        period("2026-04-01", "2026-06-30"),
                        period("2026-06-01", "2026-06-30"),
                        period("2026-04-01", "2026-04-30"));
    }

    static ReportPeriod period(String start, String end) {
        return new ReportPeriod(LocalDate.parse(start), LocalDate.parse(end));
    }
}

package be.openpas.report.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.report.ReportPeriod;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuggestedPeriodsTests {

    static ReportPeriod period(String start, String end) {
        return new ReportPeriod(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void quartersComeBeforeTheirMonthsNewestFirst() {
        Set<LocalDate> monthsWithSales =
                Set.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-05-01"));
        assertThat(SuggestedPeriods.suggest(
                        LocalDate.parse("2026-07-02"),
                        LocalDate.parse("2026-01-05"),
                        LocalDate.parse("2026-07-01"),
                        p -> monthsWithSales.contains(p.startDate())))
                .containsExactly(
                        period("2026-04-01", "2026-06-30"),
                        period("2026-05-01", "2026-05-31"),
                        period("2026-01-01", "2026-03-31"),
                        period("2026-03-01", "2026-03-31"),
                        period("2026-01-01", "2026-01-31"));
    }

    @Test
    void theCurrentMonthAndAnUnfinishedQuarterAreNotSuggested() {
        assertThat(SuggestedPeriods.suggest(
                        LocalDate.parse("2026-06-10"),
                        LocalDate.parse("2026-05-03"),
                        LocalDate.parse("2026-06-09"),
                        p -> true))
                .containsExactly(period("2026-05-01", "2026-05-31"));
    }

    @Test
    void onlyTheLastTwoYearsAreLookedAt() {
        assertThat(SuggestedPeriods.suggest(
                        LocalDate.parse("2026-06-10"),
                        LocalDate.parse("2019-05-03"),
                        LocalDate.parse("2026-06-09"),
                        p -> true))
                .allSatisfy(p -> assertThat(p.startDate()).isAfterOrEqualTo(LocalDate.parse("2024-04-01")))
                .contains(period("2024-06-01", "2024-06-30"))
                .doesNotContain(period("2024-05-01", "2024-05-31"));
    }

    @Test
    void noSalesNoSuggestions() {
        assertThat(SuggestedPeriods.suggest(
                        LocalDate.parse("2026-06-10"),
                        LocalDate.parse("2026-01-03"),
                        LocalDate.parse("2026-06-09"),
                        p -> false))
                .isEmpty();
    }

    @Test
    void partyFileNamesAreAscii() {
        assertThat(Party.municipality("Sint-Gillis-Waas").fileName()).isEqualTo("gemeente-sint-gillis-waas");
        assertThat(Party.funder("Vlaamse Gemeenschapscommissie (VGC)").fileName())
                .isEqualTo("vlaamse-gemeenschapscommissie-vgc");
        assertThat(Party.municipality(null).fileName()).isEqualTo("gemeente-onbekend");
        assertThat(Party.funder("Région de Bruxelles").fileName()).isEqualTo("region-de-bruxelles");
    }
}

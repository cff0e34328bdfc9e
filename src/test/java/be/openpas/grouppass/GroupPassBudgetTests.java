package be.openpas.grouppass;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.card.CardStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The yearly ticket budget of a group pass (domain.md 3.12): tickets per year minus the tickets the ticket sales
 * counted in the current calendar year in Brussels, whole again on 1 January.
 */
class GroupPassBudgetTests {

    final UUID id = UUID.randomUUID();
    final Map<Integer, Integer> usedPerYear = new HashMap<>();

    @Test
    void availableTicketsAreTheYearlyBudgetMinusTicketsUsedThisCalendarYear() {
        usedPerYear.put(2026, 12);
        usedPerYear.put(2027, 3);
        assertThat(budgetAt("2026-11-21T10:00:00Z").availableTickets(pass(20))).isEqualTo(8);
        assertThat(budgetAt("2027-03-01T10:00:00Z").availableTickets(pass(20))).isEqualTo(17);
    }

    @Test
    void theBudgetIsWholeAgainOnTheFirstOfJanuaryInBrussels() {
        usedPerYear.put(2026, 20);
        // 23:30 UTC on 31 December is already 00:30 on 1 January in Brussels (winter time, UTC+1)
        assertThat(budgetAt("2026-12-31T22:59:59Z").availableTickets(pass(20))).isZero();
        assertThat(budgetAt("2026-12-31T23:00:00Z").availableTickets(pass(20))).isEqualTo(20);
    }

    @Test
    void availableTicketsNeverGoBelowZero() {
        usedPerYear.put(2026, 25);
        assertThat(budgetAt("2026-06-01T10:00:00Z").availableTickets(pass(20))).isZero();
        usedPerYear.put(2026, -3);
        assertThat(budgetAt("2026-06-01T10:00:00Z").availableTickets(pass(20)))
                .as("a negative count from the ticket sales is no extra budget")
                .isEqualTo(20);
    }

    @Test
    void withoutTicketSalesEveryGroupPassHasItsWholeBudget() {
        GroupPasses withoutUsage = new GroupPasses(
                null,
                null,
                null,
                null,
                new StaticListableBeanFactory().getBeanProvider(GroupPassUsage.class),
                Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC));
        assertThat(withoutUsage.availableTickets(pass(20))).isEqualTo(20);
        assertThat(withoutUsage.availableTickets(pass(0))).isZero();
    }

    @Test
    void theKansenstatuutIsActiveThroughItsEndDate() {
        LocalDate end = LocalDate.of(2027, 4, 30);
        GroupPassView pass = pass(20, end);
        assertThat(pass.socialTariffActive(end.minusDays(1))).isTrue();
        assertThat(pass.socialTariffActive(end)).isTrue();
        assertThat(pass.socialTariffActive(end.plusDays(1))).isFalse();
        assertThat(pass(20, null).socialTariffActive(end))
                .as("no kansenstatuut")
                .isFalse();
    }

    @Test
    void todayIsTheDayInBrussels() {
        GroupPasses late = budgetAt("2027-04-30T22:30:00Z"); // 00:30 on 1 May in Brussels (summer time, UTC+2)
        assertThat(late.today()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(late.socialTariffActive(pass(20, LocalDate.of(2027, 4, 30)))).isFalse();
    }

    private GroupPasses budgetAt(String instant) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("ticketSales", (GroupPassUsage) (groupPassId, from, until) -> {
            assertThat(groupPassId).isEqualTo(id);
            int year = LocalDate.ofInstant(from, ZoneId.of("Europe/Brussels")).getYear();
            assertThat(from)
                    .isEqualTo(LocalDate.of(year, 1, 1)
                            .atStartOfDay(ZoneId.of("Europe/Brussels"))
                            .toInstant());
            assertThat(until)
                    .isEqualTo(LocalDate.of(year + 1, 1, 1)
                            .atStartOfDay(ZoneId.of("Europe/Brussels"))
                            .toInstant());
            return usedPerYear.getOrDefault(year, 0);
        });
        ObjectProvider<GroupPassUsage> usage = beans.getBeanProvider(GroupPassUsage.class);
        // the application clock's zone does not matter: the budget year is always the Brussels one
        return new GroupPasses(null, null, null, null, usage, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private GroupPassView pass(int ticketsPerYear) {
        return pass(ticketsPerYear, LocalDate.of(2027, 4, 30));
    }

    private GroupPassView pass(int ticketsPerYear, LocalDate endDate) {
        return new GroupPassView(
                id,
                "OCMW Gent",
                "0900500001517",
                5,
                CardStatus.ACTIVE,
                null,
                null,
                new GroupPassAddress(null, "9000", "Gent", "BE"),
                endDate,
                ticketsPerYear,
                OffsetDateTime.parse("2026-01-05T10:00:00Z"));
    }
}

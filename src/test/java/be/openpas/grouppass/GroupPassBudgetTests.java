package be.openpas.grouppass;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.card.CardStatus;
import be.openpas.grouppass.internal.domain.TicketBudget;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The yearly ticket budget of a group pass (domain.md 3.12): tickets per year minus the tickets used in the current
 * calendar year in Brussels, whole again on 1 January. The group passes keep the tickets used per year; the ticket
 * sales use and return them (the rules themselves: {@code TicketBudgetTests}).
 */
@ApiTest
class GroupPassBudgetTests {

    @Autowired
    GroupPasses groupPasses;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Clock clock;

    Fixtures.Region region;
    Instant now;
    int year;

    @BeforeEach
    void setUp() {
        region = fixtures.region();
        now = clock.instant();
        year = TicketBudget.yearOf(now);
    }

    GroupPassView groupPass(int ticketsPerYear) {
        return fixtures.groupPass(
                region, LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(6), ticketsPerYear);
    }

    @Test
    void availableTicketsAreTheYearlyBudgetMinusTicketsUsedThisCalendarYear() {
        GroupPassView pass = groupPass(20);

        assertThat(groupPasses.useTickets(GroupPassId.of(pass.id()), now, 12)).isTrue();
        assertThat(groupPasses.useTickets(GroupPassId.of(pass.id()), TicketBudget.startOf(year + 1), 3))
                .as("tickets of next year")
                .isTrue();

        assertThat(groupPasses.availableTickets(pass)).isEqualTo(8);
    }

    @Test
    void theBudgetIsWholeAgainOnTheFirstOfJanuaryInBrussels() {
        GroupPassView pass = groupPass(20);

        assertThat(groupPasses.useTickets(
                        GroupPassId.of(pass.id()), TicketBudget.startOf(year).minusSeconds(1), 20))
                .as("the last second of last year, in Brussels")
                .isTrue();

        assertThat(groupPasses.availableTickets(pass)).isEqualTo(20);
    }

    @Test
    void theBudgetCanNeverBeOversold() {
        GroupPassView pass = groupPass(5);

        assertThat(groupPasses.useTickets(GroupPassId.of(pass.id()), now, 3)).isTrue();
        assertThat(groupPasses.useTickets(GroupPassId.of(pass.id()), now, 3))
                .as("only 2 left")
                .isFalse();
        assertThat(groupPasses.availableTickets(pass))
                .as("nothing used by a refused use")
                .isEqualTo(2);
        assertThat(groupPasses.useTickets(GroupPassId.of(pass.id()), now, 2)).isTrue();
        assertThat(groupPasses.availableTickets(pass)).isZero();
        assertThat(groupPasses.useTickets(GroupPassId.of(groupPass(2).id()), now, 3))
                .as("more than the whole budget in a year's first use")
                .isFalse();
    }

    @Test
    void returnedTicketsGoBackToTheBudgetOfTheYearOfTheSale() {
        GroupPassView pass = groupPass(5);
        groupPasses.useTickets(GroupPassId.of(pass.id()), now, 5);
        groupPasses.useTickets(
                GroupPassId.of(pass.id()), TicketBudget.startOf(year).minusSeconds(1), 5);

        groupPasses.returnTickets(GroupPassId.of(pass.id()), now, 2);
        groupPasses.returnTickets(
                GroupPassId.of(pass.id()), TicketBudget.startOf(year).minusSeconds(1), 1);

        assertThat(groupPasses.availableTickets(pass)).isEqualTo(2);
    }

    @Test
    void availableTicketsNeverGoBelowZero() {
        GroupPassView pass = groupPass(20);
        groupPasses.useTickets(GroupPassId.of(pass.id()), now, 15);

        GroupPassView lowered = groupPasses.save(new GroupPassCommand(
                pass.id(),
                pass.name(),
                pass.cardSystemId(),
                null,
                pass.email(),
                pass.telephone(),
                pass.address(),
                pass.socialTariffEndDate(),
                10));

        assertThat(groupPasses.availableTickets(lowered))
                .as("a budget lowered after sales")
                .isZero();
        groupPasses.returnTickets(GroupPassId.of(pass.id()), now, 20);
        assertThat(groupPasses.availableTickets(lowered))
                .as("returning more than was used is no extra budget")
                .isEqualTo(10);
    }

    @Test
    void withoutTicketSalesEveryGroupPassHasItsWholeBudget() {
        assertThat(groupPasses.availableTickets(groupPass(20))).isEqualTo(20);
        assertThat(groupPasses.availableTickets(groupPass(0))).isZero();
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
        // 00:30 on 1 May in Brussels (summer time, UTC+2); the application clock's zone does not matter
        GroupPasses late = new GroupPasses(
                null, null, null, null, Clock.fixed(Instant.parse("2027-04-30T22:30:00Z"), ZoneOffset.UTC));
        assertThat(late.today()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(late.socialTariffActive(pass(20, LocalDate.of(2027, 4, 30)))).isFalse();
    }

    private static GroupPassView pass(int ticketsPerYear, LocalDate endDate) {
        return new GroupPassView(
                UUID.randomUUID(),
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

package be.openpas.grouppass.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The yearly ticket budget of a group pass (domain.md 3.12), per calendar year in Brussels. */
class TicketBudgetTests {

    @Test
    void whatIsLeftIsTheBudgetMinusTheTicketsUsedThatYear() {
        assertThat(new TicketBudget(20).available(12)).isEqualTo(8);
        assertThat(new TicketBudget(20).available(0)).isEqualTo(20);
        assertThat(new TicketBudget(0).available(0)).isZero();
    }

    @Test
    void whatIsLeftNeverGoesBelowZero() {
        assertThat(new TicketBudget(20).available(25))
                .as("a budget lowered after sales leaves nothing")
                .isZero();
        assertThat(new TicketBudget(20).available(-3))
                .as("a negative count is no extra budget")
                .isEqualTo(20);
    }

    @Test
    void allowsAsManyTicketsAsAreLeftAndNoMore() {
        TicketBudget twenty = new TicketBudget(20);
        assertThat(twenty.allows(17, 3)).isTrue();
        assertThat(twenty.allows(17, 4)).isFalse();
        assertThat(twenty.allows(20, 1)).isFalse();
        assertThat(twenty.allows(25, 0)).as("nothing more is always allowed").isTrue();
        assertThat(twenty.allows(0, -1)).isFalse();
    }

    @Test
    void theBudgetYearIsTheCalendarYearInBrussels() {
        // 23:30 UTC on 31 December is already 00:30 on 1 January in Brussels (winter time, UTC+1)
        assertThat(TicketBudget.yearOf(Instant.parse("2026-12-31T22:59:59Z"))).isEqualTo(2026);
        assertThat(TicketBudget.yearOf(Instant.parse("2026-12-31T23:00:00Z"))).isEqualTo(2027);
        assertThat(TicketBudget.yearOf(Instant.parse("2027-06-30T22:30:00Z"))).isEqualTo(2027);
    }

    @Test
    void theBudgetIsWholeAgainOnTheFirstOfJanuaryAtMidnightInBrussels() {
        assertThat(TicketBudget.startOf(2027)).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
        assertThat(TicketBudget.yearOf(TicketBudget.startOf(2027))).isEqualTo(2027);
        assertThat(TicketBudget.yearOf(TicketBudget.startOf(2027).minusNanos(1)))
                .isEqualTo(2026);
    }

    @Test
    void aBudgetIsZeroOrMore() {
        assertThatThrownBy(() -> new TicketBudget(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}

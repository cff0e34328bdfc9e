package be.openpas.grouppass.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The yearly ticket budget of a group pass (domain.md 3.12: "tickets per year"; the reset moment is not documented),
 * the one place of its rules:
 *
 * <ul>
 *   <li>openpas counts per <b>calendar year in Belgian time</b>: the budget is whole again on 1 January at 00:00 in
 *       Brussels, for every group pass at once, whatever day it was created ({@link #yearOf}, {@link #startOf});
 *   <li>a ticket sold at kansentarief uses one ticket of the budget of the year in which it was sold, N tickets use N
 *       ({@link #allows}: never more than the budget);
 *   <li>cancelling a sale gives its tickets back to the budget of the year in which it was sold;
 *   <li>what is left is the budget minus the tickets used that year, never below 0: a budget lowered after sales leaves
 *       nothing, and is no reason to refuse the cancellation of those sales ({@link #available}).
 * </ul>
 *
 * Only sales at kansentarief count; a group pass buys with group coupons outside its budget.
 */
public record TicketBudget(int ticketsPerYear) {

    /** The time zone of the calendar years (Belgian time). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    public TicketBudget {
        if (ticketsPerYear < 0) {
            throw new IllegalArgumentException("a budget of tickets is 0 or more");
        }
    }

    /** The calendar year whose budget a ticket sold at this moment uses (and a cancelled one goes back to). */
    public static int yearOf(Instant moment) {
        return LocalDate.ofInstant(moment, ZONE).getYear();
    }

    /** The moment the budget of a year starts: 1 January at 00:00 in Brussels (it ends when the next one starts). */
    public static Instant startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant();
    }

    /** What is left of the budget when this many tickets were used in its year; never below 0. */
    public int available(int ticketsUsed) {
        return Math.max(0, ticketsPerYear - Math.max(0, ticketsUsed));
    }

    /** Whether {@code more} tickets may still be used in a year in which this many were used. */
    public boolean allows(int ticketsUsed, int more) {
        return more >= 0 && more <= available(ticketsUsed);
    }
}

package be.openpas.grouppass.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The yearly ticket budget of a group pass (domain.md 3.12: "tickets per year"; the reset moment is not documented).
 * openpas counts per calendar year in Belgian time: the budget is whole again on 1 January at 00:00 in Brussels, for
 * every group pass at once, whatever day it was created. N tickets use N of the budget; a cancelled sale gives its
 * tickets back (the ticket sales simply stop counting it).
 */
public final class TicketBudget {

    private TicketBudget() {}

    /** The calendar year whose budget applies at this moment, in the given (Belgian) time zone. */
    public static int budgetYear(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).getYear();
    }

    /** What is left of the yearly budget; never below 0 (a budget lowered after sales leaves nothing). */
    public static int available(int ticketsPerYear, int ticketsUsed) {
        return Math.max(0, ticketsPerYear - Math.max(0, ticketsUsed));
    }
}

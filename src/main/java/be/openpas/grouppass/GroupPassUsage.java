package be.openpas.grouppass;

import java.time.Instant;
import java.util.UUID;

/**
 * How many tickets at kansentarief a group pass bought in a period, implemented by the ticket sales, which own the
 * sold tickets: N tickets sold count N, a cancelled sale no longer counts. The group passes ask it for the calendar
 * year of their budget. Without an implementation no tickets can have been sold, so every group pass has its whole
 * budget.
 */
public interface GroupPassUsage {

    /** Tickets sold in [from, until), not cancelled. */
    int ticketsUsed(UUID groupPassId, Instant from, Instant until);
}

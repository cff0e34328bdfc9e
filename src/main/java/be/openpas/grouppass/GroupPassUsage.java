package be.openpas.grouppass;

import java.util.UUID;

/**
 * How many tickets a group pass used in a calendar year (Europe/Brussels), implemented by the ticket sales, which own
 * the sold tickets: N tickets sold count N, a cancelled sale no longer counts. Without an implementation no tickets
 * can have been sold, so every group pass has its whole budget.
 */
public interface GroupPassUsage {

    int ticketsUsed(UUID groupPassId, int year);
}

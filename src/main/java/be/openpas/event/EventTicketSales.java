package be.openpas.event;

import java.util.UUID;

/**
 * Whether an event has ticket sales (implemented by the ticketing capability, which owns them). Without an
 * implementation no event has sales.
 */
public interface EventTicketSales {

    boolean hasTicketSales(UUID eventId);
}

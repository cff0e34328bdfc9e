package be.openpas.event;

import be.openpas.shared.refusal.Refusal;
import java.util.UUID;

/**
 * {@code event-already-has-ticketsales}: the event's card systems can no longer change, because its sales were split
 * by the keys in force.
 */
public record EventAlreadyHasTicketSales(UUID eventId) implements Refusal {

    @Override
    public String slug() {
        return "event-already-has-ticketsales";
    }
}

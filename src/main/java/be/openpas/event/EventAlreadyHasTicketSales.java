package be.openpas.event;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code event-already-has-ticketsales}: the event's card systems can no longer change, because its sales were split
 * by the keys in force.
 */
public record EventAlreadyHasTicketSales(EventId eventId) implements Refusal {

    @Override
    public String slug() {
        return "event-already-has-ticketsales";
    }
}

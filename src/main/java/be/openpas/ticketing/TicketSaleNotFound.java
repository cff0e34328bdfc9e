package be.openpas.ticketing;

import be.openpas.shared.refusal.Refusal;

/** {@code ticket-sale-not-found}: no sale has this id, or it was cancelled already. */
public record TicketSaleNotFound(String ticketSaleId) implements Refusal {

    public TicketSaleNotFound(long ticketSaleId) {
        this(Long.toString(ticketSaleId));
    }

    @Override
    public String slug() {
        return "ticket-sale-not-found";
    }
}

package be.openpas.ticketing;

import java.util.Optional;

/** The id of a ticket sale: the number openpas gave it ({@code POST /ticket-sales} answers it). */
public record TicketSaleId(long value) {

    public static TicketSaleId of(long value) {
        return new TicketSaleId(value);
    }

    /** The id a caller wrote (a path segment), if it is a number at all (anything else names no sale). */
    public static Optional<TicketSaleId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TicketSaleId(Long.parseLong(text)));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

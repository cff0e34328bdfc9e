package be.openpas.ticketing;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code invalid-number-of-tickets}: a request holds more tickets at a tariff than remain; the earlier items of the
 * same request used the rest.
 */
public record InvalidNumberOfTickets(TariffType tariffType) implements Refusal {

    @Override
    public String slug() {
        return "invalid-number-of-tickets";
    }
}

package be.openpas.ticketing;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code maximum-reached}: no tickets remain at the requested tariff (a ticket limit per period, a group budget, a
 * coupon's limits or units). {@code why} is the notice the tariffs give for it ("maximaal 1 ticket per maand"), or
 * {@code null} when there is none.
 */
public record MaximumReached(TariffType tariffType, Notice why) implements Refusal {

    @Override
    public String slug() {
        return "maximum-reached";
    }
}

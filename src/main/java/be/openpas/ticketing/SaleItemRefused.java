package be.openpas.ticketing;

import be.openpas.shared.refusal.Refusal;

/** A sale of several tickets was refused because of one of them: the {@code item}'s position and its refusal. */
public record SaleItemRefused(int item, Refusal reason) implements Refusal {

    @Override
    public String slug() {
        return reason.slug();
    }
}

package be.openpas.ticketing;

import be.openpas.shared.refusal.Refusal;

/**
 * A registration of several tickets was refused, all or nothing, because of one of them: the {@code item}'s position
 * in the request (from 0) and its refusal. A reason of {@link be.openpas.shared.refusal.InvalidInput} names fields of
 * the item ({@code regularPrice}, {@code tariff.id}).
 */
public record SaleItemRefused(int item, Refusal reason) implements Refusal, TicketSales.Registration {

    @Override
    public String slug() {
        return reason.slug();
    }
}

package be.openpas.ticketing;

import be.openpas.distribution.PayerAmount;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A registered ticket sale with everything reports need, as it was at the moment of the sale: the regular price and
 * its label, the tariff, and what every payer pays ({@code shares}, adding up to the regular price).
 *
 * @param uitpasNumber the number of the card used for the sale
 * @param cardSystemId the card system of the distribution key or coupon
 * @param municipality the holder's municipality at the time of the sale (the MUNICIPALITY payer)
 */
public record TicketSale(
        long id,
        UUID eventId,
        UUID organizerId,
        HolderKind holderKind,
        UUID holderId,
        String uitpasNumber,
        int cardSystemId,
        TariffType tariffType,
        String tariffId,
        String tariffName,
        Integer distributionKeyId,
        Integer couponId,
        BigDecimal regularPrice,
        String regularPriceLabel,
        BigDecimal price,
        String municipality,
        OffsetDateTime createdAt,
        OffsetDateTime cancelledAt,
        List<PayerAmount> shares) {

    public enum HolderKind {
        PASSHOLDER,
        GROUPPASS
    }

    public TicketSale {
        shares = List.copyOf(shares);
    }

    public TicketSale withId(long newId) {
        return new TicketSale(
                newId,
                eventId,
                organizerId,
                holderKind,
                holderId,
                uitpasNumber,
                cardSystemId,
                tariffType,
                tariffId,
                tariffName,
                distributionKeyId,
                couponId,
                regularPrice,
                regularPriceLabel,
                price,
                municipality,
                createdAt,
                cancelledAt,
                shares);
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }
}

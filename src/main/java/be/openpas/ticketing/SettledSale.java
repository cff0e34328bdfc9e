package be.openpas.ticketing;

import be.openpas.distribution.PayerAmount;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A sale that is not cancelled, as a financial report lists it: when, which event and organizer, who bought (an id,
 * never shown as such), the regular price and its label, the tariff, and what every payer pays as stored at the time
 * of the sale ({@code shares}, adding up to the regular price).
 */
public record SettledSale(
        long id,
        OffsetDateTime createdAt,
        UUID eventId,
        UUID organizerId,
        TicketSale.HolderKind holderKind,
        UUID holderId,
        TariffType tariffType,
        String tariffName,
        BigDecimal regularPrice,
        String regularPriceLabel,
        BigDecimal price,
        List<PayerAmount> shares) {}

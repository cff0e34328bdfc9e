package be.openpas.ticketing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A sale that is not cancelled, as the participation statistics count it: who bought, where, at which tariff and how
 * much discount was given (regular price minus the passholder's price).
 */
public record SaleFact(
        long id,
        OffsetDateTime createdAt,
        UUID organizerId,
        UUID eventId,
        TicketSale.HolderKind holderKind,
        UUID holderId,
        TariffType tariffType,
        BigDecimal discount) {}

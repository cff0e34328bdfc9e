package be.openpas.ticketing.internal.domain;

import be.openpas.ticketing.TariffType;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A holder's earlier sale that is not cancelled, as far as limits need it. */
public record PastSale(UUID eventId, TariffType type, Integer couponId, OffsetDateTime at) {}

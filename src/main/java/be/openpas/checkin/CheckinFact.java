package be.openpas.checkin;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A check-in as the participation statistics count it, with the kansenstatuut the passholder had at that moment. */
public record CheckinFact(
        UUID passholderId, UUID organizerId, UUID eventId, boolean socialTariff, OffsetDateTime createdAt) {}

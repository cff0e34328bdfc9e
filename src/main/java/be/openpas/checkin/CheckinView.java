package be.openpas.checkin;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A registered check-in: the card used, the points it earned. */
public record CheckinView(
        UUID id,
        UUID eventId,
        UUID organizerId,
        UUID passholderId,
        String uitpasNumber,
        int cardSystemId,
        boolean socialTariff,
        int points,
        Channel channel,
        UUID kioskId,
        OffsetDateTime createdAt) {}

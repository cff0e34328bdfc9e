package be.openpas.card;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A package of cards sent to a counter; {@code status} SENT until the counter confirms receipt (RECEIVED). */
public record CardPackage(
        long id,
        int cardSystemId,
        UUID organizerId,
        String status,
        int cardCount,
        OffsetDateTime sentAt,
        OffsetDateTime receivedAt,
        List<String> uitpasNumbers) {}

package be.openpas.points;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One entry of the ledger: never changed or deleted. {@code title} and {@code location} are what the passholder sees
 * in the history ("Bezoek aan de bib", "Bibliotheek Oostende"); {@code reference} points to what caused it (a
 * check-in id, a redemption id); {@code reason} is the administrator's reason of a correction.
 */
public record PointsEntry(
        long id,
        UUID passholderId,
        EntryKind kind,
        int points,
        String title,
        String location,
        String reference,
        String reason,
        String createdBy,
        OffsetDateTime createdAt) {}

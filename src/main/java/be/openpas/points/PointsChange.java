package be.openpas.points;

import java.util.Objects;
import java.util.UUID;

/** A change to record: positive points are added, negative points are taken. */
public record PointsChange(
        UUID passholderId,
        EntryKind kind,
        int points,
        String title,
        String location,
        String reference,
        String reason,
        String createdBy) {

    public PointsChange {
        Objects.requireNonNull(passholderId, "passholderId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdBy, "createdBy");
        location = location == null ? "" : location;
        if (points == 0) {
            throw new IllegalArgumentException("A ledger entry changes the balance.");
        }
    }
}

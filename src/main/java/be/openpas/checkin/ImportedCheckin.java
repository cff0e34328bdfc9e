package be.openpas.checkin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A past check-in brought in by the import (history from another system, or the demo data): recorded as it happened,
 * without window or limit checks, with its points in the ledger at that moment. With an {@code id}, importing it again
 * changes nothing. {@code points} defaults to the event's check-in points, {@code channel} to COUNTER.
 */
public record ImportedCheckin(
        UUID id,
        @NotNull UUID eventId,
        @NotNull UUID passholderId,
        @NotNull OffsetDateTime at,
        @Min(0) @Max(1000) Integer points,
        Channel channel) {}

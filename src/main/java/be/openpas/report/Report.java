package be.openpas.report;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A financial report export of an organizer or of a whole card system (then {@code organizerId} is {@code null}).
 *
 * @param message why the export FAILED (Dutch, for the counter)
 * @param sales the number of ticket sales in the zip, once AVAILABLE
 * @param expiresAt when the report and its zip are removed (docs/reports.md, retention)
 */
public record Report(
        long id,
        UUID organizerId,
        Integer cardSystemId,
        ReportPeriod period,
        ReportStatus status,
        String message,
        String fileName,
        Long fileSize,
        Integer sales,
        OffsetDateTime creationDate,
        OffsetDateTime finishedAt,
        OffsetDateTime expiresAt) {}

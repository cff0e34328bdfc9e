package be.openpas.report.internal.persistence;

import static be.openpas.report.internal.persistence.jooq.Tables.REPORT;
import static be.openpas.report.internal.persistence.jooq.Tables.REPORT_FILE;

import be.openpas.report.Report;
import be.openpas.report.ReportPeriod;
import be.openpas.report.ReportStatus;
import be.openpas.report.internal.persistence.jooq.tables.records.ReportRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Report rows and their zip, stored in parts of at most {@link #PART_SIZE} bytes. */
@Repository
public class ReportRepository {

    /** The size of one stored part of a zip. */
    public static final int PART_SIZE = 1 << 20;

    private final DSLContext db;

    public ReportRepository(DSLContext db) {
        this.db = db;
    }

    public long insert(
            UUID organizerId,
            Integer cardSystemId,
            ReportPeriod period,
            String createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt) {
        return db.insertInto(REPORT)
                .set(REPORT.SCOPE, organizerId != null ? "ORGANIZER" : "CARD_SYSTEM")
                .set(REPORT.ORGANIZER_ID, organizerId)
                .set(REPORT.CARD_SYSTEM_ID, cardSystemId)
                .set(REPORT.START_DATE, period.startDate())
                .set(REPORT.END_DATE, period.endDate())
                .set(REPORT.STATUS, ReportStatus.STARTED)
                .set(REPORT.CREATED_AT, createdAt)
                .set(REPORT.CREATED_BY, createdBy)
                .set(REPORT.EXPIRES_AT, expiresAt)
                .returningResult(REPORT.ID)
                .fetchOne()
                .value1();
    }

    public Optional<Report> find(long id) {
        return db.selectFrom(REPORT).where(REPORT.ID.eq(id)).fetchOptional(ReportRepository::report);
    }

    /** The reports of an organizer or card system that have not expired, newest first. */
    public List<Report> of(UUID organizerId, Integer cardSystemId, OffsetDateTime now) {
        Condition owner =
                organizerId != null ? REPORT.ORGANIZER_ID.eq(organizerId) : REPORT.CARD_SYSTEM_ID.eq(cardSystemId);
        return db.selectFrom(REPORT)
                .where(owner)
                .and(REPORT.EXPIRES_AT.gt(now))
                .orderBy(REPORT.CREATED_AT.desc(), REPORT.ID.desc())
                .fetch(ReportRepository::report);
    }

    /** A report of the same owner and period that is still being made, if any. */
    public Optional<Report> started(UUID organizerId, Integer cardSystemId, ReportPeriod period, OffsetDateTime now) {
        Condition owner =
                organizerId != null ? REPORT.ORGANIZER_ID.eq(organizerId) : REPORT.CARD_SYSTEM_ID.eq(cardSystemId);
        return db.selectFrom(REPORT)
                .where(owner)
                .and(REPORT.START_DATE.eq(period.startDate()))
                .and(REPORT.END_DATE.eq(period.endDate()))
                .and(REPORT.STATUS.eq(ReportStatus.STARTED))
                .and(REPORT.EXPIRES_AT.gt(now))
                .orderBy(REPORT.ID.desc())
                .limit(1)
                .fetchOptional(ReportRepository::report);
    }

    public void available(long id, String fileName, long size, int sales, OffsetDateTime at) {
        db.update(REPORT)
                .set(REPORT.STATUS, ReportStatus.AVAILABLE)
                .set(REPORT.FILE_NAME, fileName)
                .set(REPORT.FILE_SIZE, size)
                .set(REPORT.SALES, sales)
                .set(REPORT.FINISHED_AT, at)
                .where(REPORT.ID.eq(id))
                .execute();
    }

    public void failed(long id, String message, OffsetDateTime at) {
        db.update(REPORT)
                .set(REPORT.STATUS, ReportStatus.FAILED)
                .set(REPORT.MESSAGE, message)
                .set(REPORT.FINISHED_AT, at)
                .where(REPORT.ID.eq(id))
                .execute();
    }

    // ------------------------------------------------------------------------------------------------------ files

    public void deleteFile(long id) {
        db.deleteFrom(REPORT_FILE).where(REPORT_FILE.REPORT_ID.eq(id)).execute();
    }

    public void insertPart(long id, int position, byte[] data) {
        db.insertInto(REPORT_FILE)
                .set(REPORT_FILE.REPORT_ID, id)
                .set(REPORT_FILE.POSITION, position)
                .set(REPORT_FILE.DATA, data)
                .execute();
    }

    /** One part of a zip, or nothing after the last one. */
    public Optional<byte[]> part(long id, int position) {
        return db.select(REPORT_FILE.DATA)
                .from(REPORT_FILE)
                .where(REPORT_FILE.REPORT_ID.eq(id))
                .and(REPORT_FILE.POSITION.eq(position))
                .fetchOptional(REPORT_FILE.DATA);
    }

    /** Removes the reports (with their zips) that expired before this moment; answers how many. */
    public int deleteExpired(OffsetDateTime now) {
        List<Long> ids = db.select(REPORT.ID)
                .from(REPORT)
                .where(REPORT.EXPIRES_AT.le(now))
                .limit(500)
                .fetch(REPORT.ID);
        if (ids.isEmpty()) {
            return 0;
        }
        db.deleteFrom(REPORT_FILE).where(REPORT_FILE.REPORT_ID.in(ids)).execute();
        return db.deleteFrom(REPORT).where(REPORT.ID.in(ids)).execute();
    }

    private static Report report(ReportRecord r) {
        return new Report(
                r.getId(),
                r.getOrganizerId(),
                r.getCardSystemId(),
                new ReportPeriod(r.getStartDate(), r.getEndDate()),
                r.getStatus(),
                r.getMessage(),
                r.getFileName(),
                r.getFileSize(),
                r.getSales(),
                r.getCreatedAt(),
                r.getFinishedAt(),
                r.getExpiresAt());
    }
}

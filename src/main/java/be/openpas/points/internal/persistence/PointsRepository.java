package be.openpas.points.internal.persistence;

import static be.openpas.points.internal.persistence.jooq.Tables.POINTS_BALANCE;
import static be.openpas.points.internal.persistence.jooq.Tables.POINTS_ENTRY;

import be.openpas.points.EntryKind;
import be.openpas.points.PointsChange;
import be.openpas.points.PointsEntry;
import be.openpas.points.internal.persistence.jooq.tables.records.PointsEntryRecord;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.persistence.RenderedQueries;
import be.openpas.shared.persistence.RenderedQuery;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class PointsRepository {

    private final DSLContext db;
    /** The two statements of every check-in (rendered once: see {@link RenderedQuery}). */
    private final RenderedQuery addToBalance;

    private final RenderedQuery insertEntry;

    // the parameters of the two statements
    private static final Param<UUID> PASSHOLDER = DSL.param("passholderId", UUID.class);
    private static final Param<Integer> POINTS = DSL.param("points", Integer.class);
    private static final Param<Integer> TAKEN = DSL.param("taken", Integer.class);
    private static final Param<String> KIND = DSL.param("kind", String.class);
    private static final Param<String> TITLE = DSL.param("title", String.class);
    private static final Param<String> LOCATION = DSL.param("location", String.class);
    private static final Param<String> REFERENCE = DSL.param("reference", String.class);
    private static final Param<String> REASON = DSL.param("reason", String.class);
    private static final Param<String> CREATED_BY = DSL.param("createdBy", String.class);
    private static final Param<OffsetDateTime> CREATED_AT = DSL.param("createdAt", OffsetDateTime.class);

    PointsRepository(DSLContext db, RenderedQueries queries) {
        this.db = db;
        this.addToBalance = queries.of(db.update(POINTS_BALANCE)
                .set(POINTS_BALANCE.BALANCE, POINTS_BALANCE.BALANCE.plus(POINTS))
                .where(POINTS_BALANCE.PASSHOLDER_ID.eq(PASSHOLDER))
                .and(POINTS_BALANCE.BALANCE.ge(TAKEN))
                .returningResult(POINTS_BALANCE.BALANCE));
        this.insertEntry = queries.of(db.insertInto(POINTS_ENTRY)
                .set(POINTS_ENTRY.PASSHOLDER_ID, PASSHOLDER)
                .set(POINTS_ENTRY.KIND, KIND)
                .set(POINTS_ENTRY.POINTS, POINTS)
                .set(POINTS_ENTRY.TITLE, TITLE)
                .set(POINTS_ENTRY.LOCATION, LOCATION)
                .set(POINTS_ENTRY.REFERENCE, REFERENCE)
                .set(POINTS_ENTRY.REASON, REASON)
                .set(POINTS_ENTRY.CREATED_BY, CREATED_BY)
                .set(POINTS_ENTRY.CREATED_AT, CREATED_AT)
                .returningResult(POINTS_ENTRY.ID));
    }

    public OptionalInt lockBalance(UUID passholderId) {
        Record1<Integer> row = db.select(POINTS_BALANCE.BALANCE)
                .from(POINTS_BALANCE)
                .where(POINTS_BALANCE.PASSHOLDER_ID.eq(passholderId))
                .forUpdate()
                .fetchOne();
        return row == null ? OptionalInt.empty() : OptionalInt.of(row.value1());
    }

    public void insertBalanceIfAbsent(UUID passholderId) {
        db.insertInto(POINTS_BALANCE)
                .set(POINTS_BALANCE.PASSHOLDER_ID, passholderId)
                .set(POINTS_BALANCE.BALANCE, 0)
                .onConflictDoNothing()
                .execute();
    }

    /** Adds (or takes) points unless the balance would become negative; empty when there is no row or not enough. */
    public OptionalInt addToBalance(UUID passholderId, int points) {
        // balance + points >= 0, written as balance >= -points
        List<Integer> updated = addToBalance
                .bind()
                .set(PASSHOLDER, passholderId)
                .set(POINTS, points)
                .set(TAKEN, -points)
                .fetch(r -> r.get(0, Integer.class));
        return updated.isEmpty() ? OptionalInt.empty() : OptionalInt.of(updated.get(0));
    }

    public PointsEntry insertEntry(PointsChange change, OffsetDateTime at) {
        String title = cut(change.title(), 300);
        String location = cut(change.location(), 300);
        String reason = cut(change.reason(), 1000);
        String createdBy = cut(change.createdBy(), 200);
        long id = insertEntry
                .bind()
                .set(PASSHOLDER, change.passholderId())
                .set(KIND, change.kind().name())
                .set(POINTS, change.points())
                .set(TITLE, title)
                .set(LOCATION, location)
                .set(REFERENCE, change.reference())
                .set(REASON, reason)
                .set(CREATED_BY, createdBy)
                .set(CREATED_AT, at)
                .fetch(r -> r.get(0, Long.class))
                .get(0);
        return new PointsEntry(
                id,
                change.passholderId(),
                change.kind(),
                change.points(),
                title,
                location,
                change.reference(),
                reason,
                createdBy,
                at);
    }

    public Map<UUID, Integer> balances(Collection<UUID> passholderIds) {
        Map<UUID, Integer> balances = new HashMap<>();
        if (passholderIds.isEmpty()) {
            return balances;
        }
        db.select(POINTS_BALANCE.PASSHOLDER_ID, POINTS_BALANCE.BALANCE)
                .from(POINTS_BALANCE)
                .where(POINTS_BALANCE.PASSHOLDER_ID.in(passholderIds))
                .forEach(r -> balances.put(r.value1(), r.value2()));
        return balances;
    }

    public Page<PointsEntry> entries(UUID passholderId, PageRequest page, boolean ascending) {
        long total = db.fetchCount(POINTS_ENTRY, POINTS_ENTRY.PASSHOLDER_ID.eq(passholderId));
        if (page.limit() == 0 || total == 0) {
            return new Page<>(total, java.util.List.of());
        }
        var entries = db.selectFrom(POINTS_ENTRY)
                .where(POINTS_ENTRY.PASSHOLDER_ID.eq(passholderId))
                .orderBy(
                        ascending ? POINTS_ENTRY.CREATED_AT.asc() : POINTS_ENTRY.CREATED_AT.desc(),
                        ascending ? POINTS_ENTRY.ID.asc() : POINTS_ENTRY.ID.desc())
                .offset(page.start())
                .limit(page.limit())
                .fetch(PointsRepository::toEntry);
        return new Page<>(total, entries);
    }

    public int sumOfEntries(UUID passholderId) {
        BigDecimal sum = db.select(DSL.sum(POINTS_ENTRY.POINTS))
                .from(POINTS_ENTRY)
                .where(POINTS_ENTRY.PASSHOLDER_ID.eq(passholderId))
                .fetchOne()
                .value1();
        return sum == null ? 0 : sum.intValueExact();
    }

    private static PointsEntry toEntry(PointsEntryRecord r) {
        return new PointsEntry(
                r.getId(),
                r.getPassholderId(),
                EntryKind.valueOf(r.getKind()),
                r.getPoints(),
                r.getTitle(),
                r.getLocation(),
                r.getReference(),
                r.getReason(),
                r.getCreatedBy(),
                r.getCreatedAt());
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

package be.openpas.points.internal.persistence;

import static be.openpas.points.internal.persistence.jooq.Tables.POINTS_BALANCE;
import static be.openpas.points.internal.persistence.jooq.Tables.POINTS_ENTRY;

import be.openpas.points.EntryKind;
import be.openpas.points.PointsChange;
import be.openpas.points.PointsEntry;
import be.openpas.points.internal.persistence.jooq.tables.records.PointsEntryRecord;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class PointsRepository {

    private final DSLContext db;

    PointsRepository(DSLContext db) {
        this.db = db;
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
        var updated = db.update(POINTS_BALANCE)
                .set(POINTS_BALANCE.BALANCE, POINTS_BALANCE.BALANCE.plus(points))
                .where(POINTS_BALANCE.PASSHOLDER_ID.eq(passholderId))
                .and(POINTS_BALANCE.BALANCE.plus(points).ge(0))
                .returningResult(POINTS_BALANCE.BALANCE)
                .fetchOne();
        return updated == null ? OptionalInt.empty() : OptionalInt.of(updated.value1());
    }

    public PointsEntry insertEntry(PointsChange change, OffsetDateTime at) {
        PointsEntryRecord record = db.newRecord(POINTS_ENTRY);
        record.setPassholderId(change.passholderId());
        record.setKind(change.kind().name());
        record.setPoints(change.points());
        record.setTitle(cut(change.title(), 300));
        record.setLocation(cut(change.location(), 300));
        record.setReference(change.reference());
        record.setReason(cut(change.reason(), 1000));
        record.setCreatedBy(cut(change.createdBy(), 200));
        record.setCreatedAt(at);
        record.store();
        return toEntry(record);
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

package be.openpas.coupon.internal.persistence;

import static be.openpas.coupon.internal.persistence.jooq.Sequences.COUPON_ID_SEQ;
import static be.openpas.coupon.internal.persistence.jooq.Tables.COUPON;
import static be.openpas.coupon.internal.persistence.jooq.Tables.COUPON_DISCOUNT_SHARE;
import static be.openpas.coupon.internal.persistence.jooq.Tables.COUPON_EVENT;
import static be.openpas.coupon.internal.persistence.jooq.Tables.COUPON_ORGANIZER;
import static be.openpas.coupon.internal.persistence.jooq.Tables.COUPON_POSTAL_CODE;

import be.openpas.coupon.Coupon;
import be.openpas.coupon.CouponScope;
import be.openpas.coupon.CouponStatus;
import be.openpas.coupon.CouponTarget;
import be.openpas.coupon.CouponValue;
import be.openpas.coupon.DiscountShare;
import be.openpas.coupon.internal.persistence.jooq.tables.records.CouponRecord;
import be.openpas.shared.time.PeriodLimit;
import be.openpas.shared.time.PeriodType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Coupon definitions and their lists (postal codes, organizers, events, discount shares). */
@Repository
public class CouponRepository {

    private final DSLContext db;

    public CouponRepository(DSLContext db) {
        this.db = db;
    }

    /** A new id from the sequence (ids chosen in imports stay below its start, 100000). */
    public int nextId() {
        return db.nextval(COUPON_ID_SEQ).intValue();
    }

    public boolean exists(int id) {
        return db.fetchExists(COUPON, COUPON.ID.eq(id));
    }

    public Optional<Coupon> find(int id) {
        return load(COUPON.ID.eq(id)).stream().findFirst();
    }

    /** Locks the coupon's row for a read-modify-write, and answers the stored coupon. */
    public Optional<Coupon> lock(int id) {
        Optional<Integer> locked = db.select(COUPON.ID)
                .from(COUPON)
                .where(COUPON.ID.eq(id))
                .forUpdate()
                .fetchOptional(COUPON.ID);
        return locked.flatMap(this::find);
    }

    /** The coupons of these card systems, by id; DELETED ones only when asked. */
    public List<Coupon> ofCardSystems(Collection<Integer> cardSystemIds, boolean includeDeleted) {
        if (cardSystemIds.isEmpty()) {
            return List.of();
        }
        Condition condition = COUPON.CARD_SYSTEM_ID.in(cardSystemIds);
        if (!includeDeleted) {
            condition = condition.and(COUPON.STATUS.ne(CouponStatus.DELETED));
        }
        return load(condition);
    }

    public void insert(Coupon coupon, OffsetDateTime now) {
        CouponRecord row = db.newRecord(COUPON);
        fill(row, coupon, now);
        row.setId(coupon.id());
        row.insert();
        insertLists(coupon);
    }

    public void update(Coupon coupon, OffsetDateTime now) {
        CouponRecord row = db.fetchSingle(COUPON, COUPON.ID.eq(coupon.id()));
        fill(row, coupon, now);
        row.update();
        db.deleteFrom(COUPON_POSTAL_CODE)
                .where(COUPON_POSTAL_CODE.COUPON_ID.eq(coupon.id()))
                .execute();
        db.deleteFrom(COUPON_ORGANIZER)
                .where(COUPON_ORGANIZER.COUPON_ID.eq(coupon.id()))
                .execute();
        db.deleteFrom(COUPON_EVENT)
                .where(COUPON_EVENT.COUPON_ID.eq(coupon.id()))
                .execute();
        db.deleteFrom(COUPON_DISCOUNT_SHARE)
                .where(COUPON_DISCOUNT_SHARE.COUPON_ID.eq(coupon.id()))
                .execute();
        insertLists(coupon);
    }

    public void setStatus(int id, CouponStatus status, OffsetDateTime stoppedAt, OffsetDateTime now) {
        db.update(COUPON)
                .set(COUPON.STATUS, status)
                .set(COUPON.STOPPED_AT, stoppedAt)
                .set(COUPON.UPDATED_AT, now)
                .where(COUPON.ID.eq(id))
                .execute();
    }

    private static void fill(CouponRecord row, Coupon coupon, OffsetDateTime now) {
        row.setCardSystemId(coupon.cardSystemId());
        row.setName(coupon.name());
        row.setDescription(coupon.description());
        row.setValueKind(coupon.value().kind());
        row.setValueAmount(coupon.value().amount());
        row.setValidFrom(coupon.validFrom());
        row.setValidTo(coupon.validTo());
        row.setTargetKind(coupon.target().kind());
        row.setMinAge(coupon.target().minAge());
        row.setMaxAge(coupon.target().maxAge());
        row.setPriceFrom(coupon.scope().priceFrom());
        row.setPriceBelow(coupon.scope().priceBelow());
        PeriodLimit passholderLimit = coupon.passholderLimit();
        row.setPassholderLimitVolume(passholderLimit == null ? null : passholderLimit.volume());
        row.setPassholderLimitPeriod(passholderLimit == null ? null : passholderLimit.periodType());
        PeriodLimit eventLimit = coupon.eventLimit();
        row.setEventLimitVolume(eventLimit == null ? null : eventLimit.volume());
        row.setEventLimitPeriod(eventLimit == null ? null : eventLimit.periodType());
        row.setTotalUnits(coupon.totalUnits());
        row.setStatus(coupon.status());
        row.setStoppedAt(coupon.stoppedAt());
        row.setUpdatedAt(now);
    }

    private void insertLists(Coupon coupon) {
        for (String postalCode : coupon.target().postalCodes()) {
            db.insertInto(COUPON_POSTAL_CODE)
                    .set(COUPON_POSTAL_CODE.COUPON_ID, coupon.id())
                    .set(COUPON_POSTAL_CODE.POSTAL_CODE, postalCode)
                    .execute();
        }
        for (UUID organizerId : coupon.scope().organizerIds()) {
            db.insertInto(COUPON_ORGANIZER)
                    .set(COUPON_ORGANIZER.COUPON_ID, coupon.id())
                    .set(COUPON_ORGANIZER.ORGANIZER_ID, organizerId)
                    .execute();
        }
        for (UUID eventId : coupon.scope().eventIds()) {
            db.insertInto(COUPON_EVENT)
                    .set(COUPON_EVENT.COUPON_ID, coupon.id())
                    .set(COUPON_EVENT.EVENT_ID, eventId)
                    .execute();
        }
        List<DiscountShare> shares = coupon.discountPaidBy();
        for (int i = 0; i < shares.size(); i++) {
            DiscountShare share = shares.get(i);
            db.insertInto(COUPON_DISCOUNT_SHARE)
                    .set(COUPON_DISCOUNT_SHARE.COUPON_ID, coupon.id())
                    .set(COUPON_DISCOUNT_SHARE.POSITION, i)
                    .set(COUPON_DISCOUNT_SHARE.PAYER, share.payer())
                    .set(COUPON_DISCOUNT_SHARE.FUNDER, share.funder())
                    .set(COUPON_DISCOUNT_SHARE.PERCENTAGE, share.percent())
                    .execute();
        }
    }

    /** Coupons matching the condition with their lists: one query per table, whatever the number of coupons. */
    private List<Coupon> load(Condition condition) {
        List<CouponRecord> rows =
                db.selectFrom(COUPON).where(condition).orderBy(COUPON.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Integer> ids = rows.stream().map(CouponRecord::getId).toList();
        Map<Integer, List<String>> postalCodes = new HashMap<>();
        db.select(COUPON_POSTAL_CODE.COUPON_ID, COUPON_POSTAL_CODE.POSTAL_CODE)
                .from(COUPON_POSTAL_CODE)
                .where(COUPON_POSTAL_CODE.COUPON_ID.in(ids))
                .orderBy(COUPON_POSTAL_CODE.COUPON_ID, COUPON_POSTAL_CODE.POSTAL_CODE)
                .forEach(r -> postalCodes
                        .computeIfAbsent(r.value1(), id -> new ArrayList<>())
                        .add(r.value2()));
        Map<Integer, List<UUID>> organizers = new HashMap<>();
        db.select(COUPON_ORGANIZER.COUPON_ID, COUPON_ORGANIZER.ORGANIZER_ID)
                .from(COUPON_ORGANIZER)
                .where(COUPON_ORGANIZER.COUPON_ID.in(ids))
                .orderBy(COUPON_ORGANIZER.COUPON_ID, COUPON_ORGANIZER.ORGANIZER_ID)
                .forEach(r -> organizers
                        .computeIfAbsent(r.value1(), id -> new ArrayList<>())
                        .add(r.value2()));
        Map<Integer, List<UUID>> events = new HashMap<>();
        db.select(COUPON_EVENT.COUPON_ID, COUPON_EVENT.EVENT_ID)
                .from(COUPON_EVENT)
                .where(COUPON_EVENT.COUPON_ID.in(ids))
                .orderBy(COUPON_EVENT.COUPON_ID, COUPON_EVENT.EVENT_ID)
                .forEach(r -> events.computeIfAbsent(r.value1(), id -> new ArrayList<>())
                        .add(r.value2()));
        Map<Integer, List<DiscountShare>> shares = new HashMap<>();
        db.selectFrom(COUPON_DISCOUNT_SHARE)
                .where(COUPON_DISCOUNT_SHARE.COUPON_ID.in(ids))
                .orderBy(COUPON_DISCOUNT_SHARE.COUPON_ID, COUPON_DISCOUNT_SHARE.POSITION)
                .forEach(r -> shares.computeIfAbsent(r.getCouponId(), id -> new ArrayList<>())
                        .add(new DiscountShare(r.getPayer(), r.getFunder(), r.getPercentage())));
        return rows.stream()
                .map(r -> new Coupon(
                        r.getId(),
                        r.getCardSystemId(),
                        r.getName(),
                        r.getDescription(),
                        new CouponValue(r.getValueKind(), r.getValueAmount()),
                        r.getValidFrom(),
                        r.getValidTo(),
                        new CouponTarget(
                                r.getTargetKind(),
                                postalCodes.getOrDefault(r.getId(), List.of()),
                                r.getMinAge(),
                                r.getMaxAge()),
                        new CouponScope(
                                organizers.getOrDefault(r.getId(), List.of()),
                                events.getOrDefault(r.getId(), List.of()),
                                r.getPriceFrom(),
                                r.getPriceBelow()),
                        limit(r.getPassholderLimitVolume(), r.getPassholderLimitPeriod()),
                        limit(r.getEventLimitVolume(), r.getEventLimitPeriod()),
                        r.getTotalUnits(),
                        r.getStatus(),
                        r.getStoppedAt(),
                        shares.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    private static PeriodLimit limit(Integer volume, PeriodType period) {
        return volume == null ? null : new PeriodLimit(volume, period);
    }
}

package be.openpas.ticketing.internal.persistence;

import static be.openpas.ticketing.internal.persistence.jooq.Tables.TICKET_SALE;
import static be.openpas.ticketing.internal.persistence.jooq.Tables.TICKET_SALE_LOCK;
import static be.openpas.ticketing.internal.persistence.jooq.Tables.TICKET_SALE_REQUEST;
import static be.openpas.ticketing.internal.persistence.jooq.Tables.TICKET_SALE_SHARE;

import be.openpas.distribution.Payer;
import be.openpas.distribution.PayerAmount;
import be.openpas.ticketing.TicketSale;
import be.openpas.ticketing.internal.domain.PastSale;
import be.openpas.ticketing.internal.persistence.jooq.tables.records.TicketSaleRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep5;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

@Repository
public class TicketSaleRepository {

    private final DSLContext db;

    public TicketSaleRepository(DSLContext db) {
        this.db = db;
    }

    /** Inserts a sale (its id is ignored) with its shares and returns the new id. */
    public long insert(TicketSale sale, String createdBy) {
        long id = db.insertInto(TICKET_SALE)
                .set(TICKET_SALE.EVENT_ID, sale.eventId())
                .set(TICKET_SALE.ORGANIZER_ID, sale.organizerId())
                .set(TICKET_SALE.HOLDER_KIND, sale.holderKind())
                .set(TICKET_SALE.HOLDER_ID, sale.holderId())
                .set(TICKET_SALE.UITPAS_NUMBER, sale.uitpasNumber())
                .set(TICKET_SALE.CARD_SYSTEM_ID, sale.cardSystemId())
                .set(TICKET_SALE.TARIFF_TYPE, sale.tariffType())
                .set(TICKET_SALE.TARIFF_ID, sale.tariffId())
                .set(TICKET_SALE.TARIFF_NAME, sale.tariffName())
                .set(TICKET_SALE.DISTRIBUTION_KEY_ID, sale.distributionKeyId())
                .set(TICKET_SALE.COUPON_ID, sale.couponId())
                .set(TICKET_SALE.REGULAR_PRICE, sale.regularPrice())
                .set(TICKET_SALE.REGULAR_PRICE_LABEL, sale.regularPriceLabel())
                .set(TICKET_SALE.PRICE, sale.price())
                .set(TICKET_SALE.MUNICIPALITY, sale.municipality())
                .set(TICKET_SALE.CREATED_AT, sale.createdAt())
                .set(TICKET_SALE.CREATED_BY, createdBy)
                .returningResult(TICKET_SALE.ID)
                .fetchOne()
                .value1();
        InsertValuesStep5<?, Long, Integer, Payer, String, java.math.BigDecimal> shares = db.insertInto(
                TICKET_SALE_SHARE,
                TICKET_SALE_SHARE.SALE_ID,
                TICKET_SALE_SHARE.POSITION,
                TICKET_SALE_SHARE.PAYER,
                TICKET_SALE_SHARE.PAYER_NAME,
                TICKET_SALE_SHARE.AMOUNT);
        for (int i = 0; i < sale.shares().size(); i++) {
            PayerAmount share = sale.shares().get(i);
            shares = shares.values(id, i, share.payer(), share.name(), share.amount());
        }
        shares.execute();
        return id;
    }

    public Optional<TicketSale> find(long id) {
        return byIds(List.of(id)).stream().findFirst();
    }

    /** The sales with these ids, in the order of the ids. */
    public List<TicketSale> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TicketSaleRecord> records =
                db.selectFrom(TICKET_SALE).where(TICKET_SALE.ID.in(ids)).fetchMap(TICKET_SALE.ID);
        Map<Long, List<PayerAmount>> shares = db.selectFrom(TICKET_SALE_SHARE)
                .where(TICKET_SALE_SHARE.SALE_ID.in(ids))
                .orderBy(TICKET_SALE_SHARE.SALE_ID, TICKET_SALE_SHARE.POSITION)
                .fetchGroups(
                        TICKET_SALE_SHARE.SALE_ID, r -> new PayerAmount(r.getPayer(), r.getPayerName(), r.getAmount()));
        List<TicketSale> result = new ArrayList<>();
        for (Long id : ids) {
            TicketSaleRecord r = records.get(id);
            if (r != null) {
                result.add(sale(r, shares.getOrDefault(id, List.of())));
            }
        }
        return result;
    }

    /** The sales of an event that are not cancelled, oldest first. */
    public List<Long> idsOfEvent(UUID eventId, int offset, int limit) {
        return db.select(TICKET_SALE.ID)
                .from(TICKET_SALE)
                .where(TICKET_SALE.EVENT_ID.eq(eventId))
                .and(TICKET_SALE.CANCELLED_AT.isNull())
                .orderBy(TICKET_SALE.ID)
                .offset(offset)
                .limit(limit)
                .fetch(TICKET_SALE.ID);
    }

    /** The holder's latest sales at an organizer that are not cancelled, newest first. */
    public List<Long> latestIdsOfHolder(UUID holderId, UUID organizerId, int limit) {
        return db.select(TICKET_SALE.ID)
                .from(TICKET_SALE)
                .where(TICKET_SALE.HOLDER_ID.eq(holderId))
                .and(TICKET_SALE.ORGANIZER_ID.eq(organizerId))
                .and(TICKET_SALE.CANCELLED_AT.isNull())
                .orderBy(TICKET_SALE.CREATED_AT.desc(), TICKET_SALE.ID.desc())
                .limit(limit)
                .fetch(TICKET_SALE.ID);
    }

    public int countOfEvent(UUID eventId) {
        return db.fetchCount(TICKET_SALE, TICKET_SALE.EVENT_ID.eq(eventId).and(TICKET_SALE.CANCELLED_AT.isNull()));
    }

    /**
     * The holder's sales that are not cancelled and that limits for this event can count: the sales for the event,
     * and every coupon sale (coupons also limit uses across events).
     */
    public List<PastSale> pastSales(UUID holderId, UUID eventId) {
        return db.select(TICKET_SALE.EVENT_ID, TICKET_SALE.TARIFF_TYPE, TICKET_SALE.COUPON_ID, TICKET_SALE.CREATED_AT)
                .from(TICKET_SALE)
                .where(TICKET_SALE.HOLDER_ID.eq(holderId))
                .and(TICKET_SALE.CANCELLED_AT.isNull())
                .and(TICKET_SALE.EVENT_ID.eq(eventId).or(TICKET_SALE.COUPON_ID.isNotNull()))
                .fetch(r -> new PastSale(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Units of a coupon used by everyone, not cancelled. */
    public int couponUnitsUsed(int couponId) {
        return db.fetchCount(TICKET_SALE, TICKET_SALE.COUPON_ID.eq(couponId).and(TICKET_SALE.CANCELLED_AT.isNull()));
    }

    /** Cancels a sale that is not cancelled yet; the sale as it was cancelled (without its shares), if it was. */
    public Optional<TicketSale> cancel(long id, OffsetDateTime at, String by) {
        return db.update(TICKET_SALE)
                .set(TICKET_SALE.CANCELLED_AT, at)
                .set(TICKET_SALE.CANCELLED_BY, by)
                .where(TICKET_SALE.ID.eq(id))
                .and(TICKET_SALE.CANCELLED_AT.isNull())
                .returning()
                .fetchOptional()
                .map(r -> sale(r, List.of()));
    }

    // -------------------------------------------------------------------------------------------------------- locks

    /**
     * Locks the rows of these keys, creating the ones that do not exist yet, in the sale's own transaction (a holder's
     * first sale needs no retry). Callers sort the keys; the rows are locked in that order, so transactions never
     * deadlock:
     *
     * <ul>
     *   <li>one key whose row exists (the common case: a holder who bought before, no coupon): one statement,
     *       {@code SELECT ... FOR UPDATE};
     *   <li>otherwise the missing rows are created first ({@code INSERT ... ON CONFLICT DO NOTHING}, in key order;
     *       a row another transaction is creating is waited for), then all rows are locked in key order. A
     *       transaction never waits for a row while it holds one that comes later in that order.
     * </ul>
     */
    public void lock(List<String> sortedKeys) {
        if (sortedKeys.size() == 1 && lockExisting(sortedKeys) == 1) {
            return;
        }
        createMissing(sortedKeys);
        lockExisting(sortedKeys);
    }

    private int lockExisting(List<String> sortedKeys) {
        return db.select(TICKET_SALE_LOCK.LOCK_KEY)
                .from(TICKET_SALE_LOCK)
                .where(TICKET_SALE_LOCK.LOCK_KEY.in(sortedKeys))
                .orderBy(TICKET_SALE_LOCK.LOCK_KEY)
                .forUpdate()
                .fetch()
                .size();
    }

    private void createMissing(List<String> sortedKeys) {
        var rows = db.insertInto(TICKET_SALE_LOCK, TICKET_SALE_LOCK.LOCK_KEY);
        for (String key : sortedKeys) {
            rows = rows.values(key);
        }
        var insert = rows.onConflict(TICKET_SALE_LOCK.LOCK_KEY).doNothing();
        for (int attempt = 1; ; attempt++) {
            try {
                insert.execute();
                return;
            } catch (DuplicateKeyException createdMeanwhile) {
                // H2 only (its MERGE decides to insert before it sees a row another transaction created meanwhile):
                // the statement failed as a whole, the row exists now, so the same statement passes. PostgreSQL's
                // ON CONFLICT waits for the other transaction instead, and never gets here.
                if (attempt == 3) {
                    throw createdMeanwhile;
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ idempotency

    public record StoredRequest(String requestHash, List<Long> saleIds) {}

    public Optional<StoredRequest> request(String clientId, String key) {
        return db.selectFrom(TICKET_SALE_REQUEST)
                .where(TICKET_SALE_REQUEST.CLIENT_ID.eq(clientId))
                .and(TICKET_SALE_REQUEST.IDEMPOTENCY_KEY.eq(key))
                .fetchOptional(r -> new StoredRequest(
                        r.getRequestHash(),
                        r.getSaleIds().isEmpty()
                                ? List.of()
                                : java.util.Arrays.stream(r.getSaleIds().split(","))
                                        .map(Long::valueOf)
                                        .toList()));
    }

    public void saveRequest(String clientId, String key, String hash, List<Long> saleIds, OffsetDateTime at) {
        db.insertInto(TICKET_SALE_REQUEST)
                .set(TICKET_SALE_REQUEST.CLIENT_ID, clientId)
                .set(TICKET_SALE_REQUEST.IDEMPOTENCY_KEY, key)
                .set(TICKET_SALE_REQUEST.REQUEST_HASH, hash)
                .set(
                        TICKET_SALE_REQUEST.SALE_IDS,
                        String.join(",", saleIds.stream().map(String::valueOf).toList()))
                .set(TICKET_SALE_REQUEST.CREATED_AT, at)
                .execute();
    }

    public int forgetRequestsBefore(OffsetDateTime moment) {
        return db.deleteFrom(TICKET_SALE_REQUEST)
                .where(TICKET_SALE_REQUEST.CREATED_AT.lt(moment))
                .execute();
    }

    private static TicketSale sale(TicketSaleRecord r, List<PayerAmount> shares) {
        return new TicketSale(
                r.getId(),
                r.getEventId(),
                r.getOrganizerId(),
                r.getHolderKind(),
                r.getHolderId(),
                r.getUitpasNumber(),
                r.getCardSystemId(),
                r.getTariffType(),
                r.getTariffId(),
                r.getTariffName(),
                r.getDistributionKeyId(),
                r.getCouponId(),
                r.getRegularPrice(),
                r.getRegularPriceLabel(),
                r.getPrice(),
                r.getMunicipality(),
                r.getCreatedAt(),
                r.getCancelledAt(),
                shares);
    }
}

package be.openpas.ticketing.internal.persistence;

import static be.openpas.ticketing.internal.persistence.jooq.Tables.TICKET_SALE;
import static be.openpas.ticketing.internal.persistence.jooq.Tables.TICKET_SALE_LOCK;
import static be.openpas.ticketing.internal.persistence.jooq.Tables.TICKET_SALE_REQUEST;
import static be.openpas.ticketing.internal.persistence.jooq.Tables.TICKET_SALE_SHARE;

import be.openpas.distribution.Payer;
import be.openpas.distribution.PayerAmount;
import be.openpas.ticketing.TariffType;
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
                .set(TICKET_SALE.HOLDER_KIND, sale.holderKind().name())
                .set(TICKET_SALE.HOLDER_ID, sale.holderId())
                .set(TICKET_SALE.UITPAS_NUMBER, sale.uitpasNumber())
                .set(TICKET_SALE.CARD_SYSTEM_ID, sale.cardSystemId())
                .set(TICKET_SALE.TARIFF_TYPE, sale.tariffType().name())
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
        InsertValuesStep5<?, Long, Integer, String, String, java.math.BigDecimal> shares = db.insertInto(
                TICKET_SALE_SHARE,
                TICKET_SALE_SHARE.SALE_ID,
                TICKET_SALE_SHARE.POSITION,
                TICKET_SALE_SHARE.PAYER,
                TICKET_SALE_SHARE.PAYER_NAME,
                TICKET_SALE_SHARE.AMOUNT);
        for (int i = 0; i < sale.shares().size(); i++) {
            PayerAmount share = sale.shares().get(i);
            shares = shares.values(id, i, share.payer().name(), share.name(), share.amount());
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
                        TICKET_SALE_SHARE.SALE_ID,
                        r -> new PayerAmount(Payer.valueOf(r.getPayer()), r.getPayerName(), r.getAmount()));
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

    public boolean eventHasSales(UUID eventId) {
        return db.fetchExists(TICKET_SALE, TICKET_SALE.EVENT_ID.eq(eventId).and(TICKET_SALE.CANCELLED_AT.isNull()));
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
                .fetch(r -> new PastSale(r.value1(), TariffType.valueOf(r.value2()), r.value3(), r.value4()));
    }

    /** Sales at social tariff of a holder in [from, until), not cancelled (a group pass's budget). */
    public int socialTariffSales(UUID holderId, OffsetDateTime from, OffsetDateTime until) {
        return db.fetchCount(
                TICKET_SALE,
                TICKET_SALE
                        .HOLDER_ID
                        .eq(holderId)
                        .and(TICKET_SALE.TARIFF_TYPE.eq(TariffType.SOCIALTARIFF.name()))
                        .and(TICKET_SALE.CANCELLED_AT.isNull())
                        .and(TICKET_SALE.CREATED_AT.ge(from))
                        .and(TICKET_SALE.CREATED_AT.lt(until)));
    }

    /** Units of a coupon used by everyone, not cancelled. */
    public int couponUnitsUsed(int couponId) {
        return db.fetchCount(TICKET_SALE, TICKET_SALE.COUPON_ID.eq(couponId).and(TICKET_SALE.CANCELLED_AT.isNull()));
    }

    public boolean cancel(long id, OffsetDateTime at, String by) {
        return db.update(TICKET_SALE)
                        .set(TICKET_SALE.CANCELLED_AT, at)
                        .set(TICKET_SALE.CANCELLED_BY, by)
                        .where(TICKET_SALE.ID.eq(id))
                        .and(TICKET_SALE.CANCELLED_AT.isNull())
                        .execute()
                == 1;
    }

    // -------------------------------------------------------------------------------------------------------- locks

    /** Creates the lock rows that do not exist yet (in its own transaction, so creating them never blocks). */
    public void ensureLocks(Collection<String> keys) {
        List<String> existing = db.select(TICKET_SALE_LOCK.LOCK_KEY)
                .from(TICKET_SALE_LOCK)
                .where(TICKET_SALE_LOCK.LOCK_KEY.in(keys))
                .fetch(TICKET_SALE_LOCK.LOCK_KEY);
        for (String key : keys) {
            if (!existing.contains(key)) {
                try {
                    db.insertInto(TICKET_SALE_LOCK)
                            .set(TICKET_SALE_LOCK.LOCK_KEY, key)
                            .onDuplicateKeyIgnore()
                            .execute();
                } catch (DuplicateKeyException createdMeanwhile) {
                    // another transaction created it: that is all we need
                }
            }
        }
    }

    /**
     * Locks the rows in the given order (callers sort the keys, so transactions never deadlock) and answers how many
     * exist.
     */
    public int lock(List<String> sortedKeys) {
        return db.select(TICKET_SALE_LOCK.LOCK_KEY)
                .from(TICKET_SALE_LOCK)
                .where(TICKET_SALE_LOCK.LOCK_KEY.in(sortedKeys))
                .orderBy(TICKET_SALE_LOCK.LOCK_KEY)
                .forUpdate()
                .fetch()
                .size();
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
                TicketSale.HolderKind.valueOf(r.getHolderKind()),
                r.getHolderId(),
                r.getUitpasNumber(),
                r.getCardSystemId(),
                TariffType.valueOf(r.getTariffType()),
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

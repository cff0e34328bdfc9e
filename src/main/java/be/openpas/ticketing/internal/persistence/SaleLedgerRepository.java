package be.openpas.ticketing.internal.persistence;

import static be.openpas.ticketing.internal.persistence.jooq.Tables.TICKET_SALE;
import static be.openpas.ticketing.internal.persistence.jooq.Tables.TICKET_SALE_SHARE;

import be.openpas.distribution.Payer;
import be.openpas.distribution.PayerAmount;
import be.openpas.ticketing.PayerTotal;
import be.openpas.ticketing.SaleFact;
import be.openpas.ticketing.SaleScope;
import be.openpas.ticketing.SettledSale;
import be.openpas.ticketing.TariffType;
import be.openpas.ticketing.TicketSale;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Reads stored sales for reports and statistics: streamed with a cursor (rows are fetched in batches, never all at
 * once) and added up in the database. Callers run these in a transaction (PostgreSQL only streams inside one).
 */
@Repository
public class SaleLedgerRepository {

    /** Rows fetched per round trip while streaming. */
    static final int FETCH_SIZE = 5_000;

    private final DSLContext db;

    public SaleLedgerRepository(DSLContext db) {
        this.db = db;
    }

    private static Condition in(SaleScope scope, OffsetDateTime from, OffsetDateTime until) {
        Condition who = scope.organizerId() != null
                ? TICKET_SALE.ORGANIZER_ID.eq(scope.organizerId())
                : TICKET_SALE.CARD_SYSTEM_ID.eq(scope.cardSystemId());
        return who.and(TICKET_SALE.CREATED_AT.ge(from))
                .and(TICKET_SALE.CREATED_AT.lt(until))
                .and(TICKET_SALE.CANCELLED_AT.isNull());
    }

    /**
     * The sales in [from, until) that are not cancelled, with their shares, in the order they were registered (by
     * id). Two statements are read side by side, both along a primary key (no sort): the sales, and the shares of
     * those sales (a merge join in PostgreSQL), so that every sale crosses the network once, not once per share. Read
     * with plain JDBC from statements jOOQ renders: a million sales are four million rows, and this is where every
     * microsecond per row counts. Both statements must see the same snapshot (a repeatable-read transaction).
     */
    public void forEach(SaleScope scope, OffsetDateTime from, OffsetDateTime until, Consumer<SettledSale> action) {
        Condition selected = in(scope, from, until);
        ResultQuery<?> sales = db.select(
                        TICKET_SALE.ID,
                        TICKET_SALE.CREATED_AT,
                        TICKET_SALE.EVENT_ID,
                        TICKET_SALE.ORGANIZER_ID,
                        TICKET_SALE.HOLDER_KIND,
                        TICKET_SALE.HOLDER_ID,
                        TICKET_SALE.TARIFF_TYPE,
                        TICKET_SALE.TARIFF_NAME,
                        TICKET_SALE.REGULAR_PRICE,
                        TICKET_SALE.REGULAR_PRICE_LABEL,
                        TICKET_SALE.PRICE)
                .from(TICKET_SALE)
                .where(selected)
                .orderBy(TICKET_SALE.ID);
        ResultQuery<?> shares = db.select(
                        TICKET_SALE_SHARE.SALE_ID,
                        TICKET_SALE_SHARE.PAYER,
                        TICKET_SALE_SHARE.PAYER_NAME,
                        TICKET_SALE_SHARE.AMOUNT)
                .from(TICKET_SALE_SHARE)
                .where(TICKET_SALE_SHARE.SALE_ID.in(
                        DSL.select(TICKET_SALE.ID).from(TICKET_SALE).where(selected)))
                .orderBy(TICKET_SALE_SHARE.SALE_ID, TICKET_SALE_SHARE.POSITION);
        db.connection(connection -> {
            try (PreparedStatement saleStatement = prepare(connection, sales);
                    PreparedStatement shareStatement = prepare(connection, shares);
                    ResultSet saleRows = saleStatement.executeQuery();
                    ResultSet shareRows = shareStatement.executeQuery()) {
                merge(saleRows, shareRows, action);
            }
        });
    }

    private static PreparedStatement prepare(Connection connection, ResultQuery<?> query) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(query.getSQL(ParamType.INDEXED));
        List<Object> binds = query.getBindValues();
        for (int i = 0; i < binds.size(); i++) {
            statement.setObject(i + 1, binds.get(i));
        }
        statement.setFetchSize(FETCH_SIZE);
        return statement;
    }

    private static void merge(ResultSet saleRows, ResultSet shareRows, Consumer<SettledSale> action)
            throws SQLException {
        Map<String, TicketSale.HolderKind> kinds = new HashMap<>();
        Map<String, TariffType> tariffTypes = new HashMap<>();
        Map<String, Payer> payers = new HashMap<>();
        boolean moreShares = shareRows.next();
        while (saleRows.next()) {
            long id = saleRows.getLong(1);
            List<PayerAmount> shares = new ArrayList<>(4);
            while (moreShares && shareRows.getLong(1) <= id) {
                if (shareRows.getLong(1) == id) {
                    shares.add(new PayerAmount(
                            payers.computeIfAbsent(shareRows.getString(2), Payer::valueOf),
                            shareRows.getString(3),
                            shareRows.getBigDecimal(4)));
                }
                moreShares = shareRows.next();
            }
            action.accept(new SettledSale(
                    id,
                    saleRows.getObject(2, OffsetDateTime.class),
                    saleRows.getObject(3, UUID.class),
                    saleRows.getObject(4, UUID.class),
                    kinds.computeIfAbsent(saleRows.getString(5), TicketSale.HolderKind::valueOf),
                    saleRows.getObject(6, UUID.class),
                    tariffTypes.computeIfAbsent(saleRows.getString(7), TariffType::valueOf),
                    saleRows.getString(8),
                    saleRows.getBigDecimal(9),
                    saleRows.getString(10),
                    saleRows.getBigDecimal(11),
                    shares));
        }
    }

    /** What every payer pays of the sales in [from, until), optionally per organizer. */
    public List<PayerTotal> payerTotals(
            SaleScope scope, OffsetDateTime from, OffsetDateTime until, boolean perOrganizer) {
        Field<UUID> organizer = perOrganizer ? TICKET_SALE.ORGANIZER_ID : DSL.inline((UUID) null);
        Field<Integer> sales = DSL.count();
        Field<BigDecimal> amount = DSL.sum(TICKET_SALE_SHARE.AMOUNT);
        List<Field<?>> groups = new ArrayList<>(List.of(TICKET_SALE_SHARE.PAYER, TICKET_SALE_SHARE.PAYER_NAME));
        if (perOrganizer) {
            groups.add(TICKET_SALE.ORGANIZER_ID);
        }
        return db.select(organizer, TICKET_SALE_SHARE.PAYER, TICKET_SALE_SHARE.PAYER_NAME, sales, amount)
                .from(TICKET_SALE)
                .join(TICKET_SALE_SHARE)
                .on(TICKET_SALE_SHARE.SALE_ID.eq(TICKET_SALE.ID))
                .where(in(scope, from, until))
                .groupBy(groups)
                .fetch(r -> new PayerTotal(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5() == null ? BigDecimal.ZERO : r.value5()));
    }

    /** Whether there is a sale in [from, until) that is not cancelled. */
    public boolean any(SaleScope scope, OffsetDateTime from, OffsetDateTime until) {
        return db.fetchExists(TICKET_SALE, in(scope, from, until));
    }

    /** The first and last moment of a sale that is not cancelled, or nothing without sales. */
    public List<OffsetDateTime> firstAndLast(SaleScope scope) {
        Condition who = scope.organizerId() != null
                ? TICKET_SALE.ORGANIZER_ID.eq(scope.organizerId())
                : TICKET_SALE.CARD_SYSTEM_ID.eq(scope.cardSystemId());
        Record bounds = db.select(DSL.min(TICKET_SALE.CREATED_AT), DSL.max(TICKET_SALE.CREATED_AT))
                .from(TICKET_SALE)
                .where(who)
                .and(TICKET_SALE.CANCELLED_AT.isNull())
                .fetchOne();
        if (bounds == null || bounds.get(0) == null) {
            return List.of();
        }
        return List.of((OffsetDateTime) bounds.get(0), (OffsetDateTime) bounds.get(1));
    }

    /** The sales of a card system in [from, until) that are not cancelled, without their shares. */
    public void forEachFact(int cardSystemId, OffsetDateTime from, OffsetDateTime until, Consumer<SaleFact> action) {
        try (Cursor<? extends Record> rows = db.select(
                        TICKET_SALE.ID,
                        TICKET_SALE.CREATED_AT,
                        TICKET_SALE.ORGANIZER_ID,
                        TICKET_SALE.EVENT_ID,
                        TICKET_SALE.HOLDER_KIND,
                        TICKET_SALE.HOLDER_ID,
                        TICKET_SALE.TARIFF_TYPE,
                        TICKET_SALE.REGULAR_PRICE,
                        TICKET_SALE.PRICE)
                .from(TICKET_SALE)
                .where(in(SaleScope.cardSystem(cardSystemId), from, until))
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : rows) {
                action.accept(new SaleFact(
                        r.get(TICKET_SALE.ID),
                        r.get(TICKET_SALE.CREATED_AT),
                        r.get(TICKET_SALE.ORGANIZER_ID),
                        r.get(TICKET_SALE.EVENT_ID),
                        r.get(TICKET_SALE.HOLDER_KIND),
                        r.get(TICKET_SALE.HOLDER_ID),
                        r.get(TICKET_SALE.TARIFF_TYPE),
                        r.get(TICKET_SALE.REGULAR_PRICE).subtract(r.get(TICKET_SALE.PRICE))));
            }
        }
    }
}

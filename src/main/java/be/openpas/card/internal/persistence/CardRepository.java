package be.openpas.card.internal.persistence;

import static be.openpas.card.internal.persistence.jooq.Tables.CARD;
import static be.openpas.card.internal.persistence.jooq.Tables.CARD_NUMBER_SEQUENCE;
import static be.openpas.card.internal.persistence.jooq.Tables.CARD_PACKAGE;

import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import be.openpas.card.CardView;
import be.openpas.card.internal.persistence.jooq.tables.records.CardPackageRecord;
import be.openpas.card.internal.persistence.jooq.tables.records.CardRecord;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.persistence.RenderedQueries;
import be.openpas.shared.persistence.RenderedQuery;
import be.openpas.shared.persistence.Row;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Record4;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class CardRepository {

    // positions of the columns that cards are read from (records and rendered queries share the mapping)
    private static final int UITPAS_NUMBER = CARD.indexOf(CARD.UITPAS_NUMBER);
    private static final int CHIP_NUMBER = CARD.indexOf(CARD.CHIP_NUMBER);
    private static final int CARD_SYSTEM_ID = CARD.indexOf(CARD.CARD_SYSTEM_ID);
    private static final int CARD_TYPE = CARD.indexOf(CARD.CARD_TYPE);
    private static final int STATUS = CARD.indexOf(CARD.STATUS);
    private static final int SOCIAL_TARIFF = CARD.indexOf(CARD.SOCIAL_TARIFF);
    private static final int ORGANIZER_ID = CARD.indexOf(CARD.ORGANIZER_ID);
    private static final int PACKAGE_ID = CARD.indexOf(CARD.PACKAGE_ID);

    private final DSLContext db;
    private final Clock clock;

    /** One card by number: every scan at a counter reads the card of the passholder. */
    private final RenderedQuery byNumber;

    /** The UiTPAS number of {@link #byNumber}. */
    private static final Param<String> NUMBER = DSL.param("number", String.class);

    public CardRepository(DSLContext db, Clock clock, RenderedQueries queries) {
        this.db = db;
        this.clock = clock;
        this.byNumber = queries.of(db.selectFrom(CARD).where(CARD.UITPAS_NUMBER.eq(NUMBER)));
    }

    public Optional<CardView> find(String uitpasNumber) {
        return db.selectFrom(CARD).where(CARD.UITPAS_NUMBER.eq(uitpasNumber)).fetchOptional(CardRepository::toView);
    }

    public Map<String, CardView> findAll(Collection<String> uitpasNumbers) {
        if (uitpasNumbers.isEmpty()) {
            return Map.of();
        }
        Map<String, CardView> cards = new LinkedHashMap<>();
        List<CardView> found = uitpasNumbers.size() == 1
                ? byNumber.bind().set(NUMBER, uitpasNumbers.iterator().next()).fetch(CardRepository::toView)
                : db.selectFrom(CARD)
                        .where(CARD.UITPAS_NUMBER.in(uitpasNumbers))
                        .fetch(CardRepository::toView);
        found.forEach(card -> cards.put(card.uitpasNumber(), card));
        return cards;
    }

    public Optional<CardView> findByChip(String chipNumber) {
        return db.selectFrom(CARD).where(CARD.CHIP_NUMBER.eq(chipNumber)).fetchOptional(CardRepository::toView);
    }

    public boolean chipExists(String chipNumber) {
        return db.fetchExists(CARD, CARD.CHIP_NUMBER.eq(chipNumber));
    }

    public boolean exists(String uitpasNumber) {
        return db.fetchExists(CARD, CARD.UITPAS_NUMBER.eq(uitpasNumber));
    }

    /**
     * Reserves {@code count} sequence numbers of a card system; the row lock keeps concurrent batches apart.
     *
     * @return the first reserved sequence number
     */
    public long reserveSequence(int cardSystemId, int count) {
        db.insertInto(CARD_NUMBER_SEQUENCE)
                .set(CARD_NUMBER_SEQUENCE.CARD_SYSTEM_ID, cardSystemId)
                .set(CARD_NUMBER_SEQUENCE.LAST_SEQUENCE, 0L)
                .onDuplicateKeyIgnore()
                .execute();
        long last = db.select(CARD_NUMBER_SEQUENCE.LAST_SEQUENCE)
                .from(CARD_NUMBER_SEQUENCE)
                .where(CARD_NUMBER_SEQUENCE.CARD_SYSTEM_ID.eq(cardSystemId))
                .forUpdate()
                .fetchSingle(CARD_NUMBER_SEQUENCE.LAST_SEQUENCE);
        db.update(CARD_NUMBER_SEQUENCE)
                .set(CARD_NUMBER_SEQUENCE.LAST_SEQUENCE, last + count)
                .where(CARD_NUMBER_SEQUENCE.CARD_SYSTEM_ID.eq(cardSystemId))
                .execute();
        return last + 1;
    }

    public void insert(
            String uitpasNumber,
            String chipNumber,
            int cardSystemId,
            CardType type,
            CardStatus status,
            boolean socialTariff,
            UUID organizerId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        db.insertInto(CARD)
                .set(CARD.UITPAS_NUMBER, uitpasNumber)
                .set(CARD.CHIP_NUMBER, chipNumber)
                .set(CARD.CARD_SYSTEM_ID, cardSystemId)
                .set(CARD.CARD_TYPE, type.name())
                .set(CARD.STATUS, status.name())
                .set(CARD.SOCIAL_TARIFF, socialTariff)
                .set(CARD.ORGANIZER_ID, organizerId)
                .set(CARD.CREATED_AT, now)
                .set(CARD.STATUS_CHANGED_AT, now)
                .execute();
    }

    public void setChipNumber(String uitpasNumber, String chipNumber) {
        db.update(CARD)
                .set(CARD.CHIP_NUMBER, chipNumber)
                .where(CARD.UITPAS_NUMBER.eq(uitpasNumber))
                .execute();
    }

    /**
     * Moves a card from one status to another, only if it still has the expected status (and, when given, is held by
     * the expected counter). Concurrent attempts on the same card cannot both succeed.
     */
    public boolean transition(String uitpasNumber, CardStatus from, CardStatus to, UUID atOrganizer) {
        Condition condition = CARD.UITPAS_NUMBER.eq(uitpasNumber).and(CARD.STATUS.eq(from.name()));
        if (atOrganizer != null) {
            condition = condition.and(CARD.ORGANIZER_ID.eq(atOrganizer));
        }
        return db.update(CARD)
                        .set(CARD.STATUS, to.name())
                        .set(CARD.STATUS_CHANGED_AT, OffsetDateTime.now(clock))
                        .where(condition)
                        .execute()
                == 1;
    }

    /** Provisioned cards not yet sent anywhere, oldest numbers first. */
    public List<String> unsentProvisioned(int cardSystemId, boolean socialTariff, int count) {
        return db.select(CARD.UITPAS_NUMBER)
                .from(CARD)
                .where(CARD.CARD_SYSTEM_ID.eq(cardSystemId))
                .and(CARD.STATUS.eq(CardStatus.PROVISIONED.name()))
                .and(CARD.PACKAGE_ID.isNull())
                .and(CARD.CARD_TYPE.eq(CardType.NFC_CARD.name()))
                .and(CARD.SOCIAL_TARIFF.eq(socialTariff))
                .orderBy(CARD.UITPAS_NUMBER)
                .limit(count)
                .forUpdate()
                .fetch(CARD.UITPAS_NUMBER);
    }

    public long createPackage(int cardSystemId, UUID organizerId, int count) {
        return db.insertInto(CARD_PACKAGE)
                .set(CARD_PACKAGE.CARD_SYSTEM_ID, cardSystemId)
                .set(CARD_PACKAGE.ORGANIZER_ID, organizerId)
                .set(CARD_PACKAGE.STATUS, "SENT")
                .set(CARD_PACKAGE.CARD_COUNT, count)
                .set(CARD_PACKAGE.SENT_AT, OffsetDateTime.now(clock))
                .returningResult(CARD_PACKAGE.ID)
                .fetchSingle(CARD_PACKAGE.ID);
    }

    /** Puts provisioned, unsent cards in a package for a counter; returns how many were put in. */
    public int assignToPackage(Collection<String> uitpasNumbers, long packageId, UUID organizerId) {
        return db.update(CARD)
                .set(CARD.PACKAGE_ID, packageId)
                .set(CARD.ORGANIZER_ID, organizerId)
                .where(CARD.UITPAS_NUMBER.in(uitpasNumbers))
                .and(CARD.STATUS.eq(CardStatus.PROVISIONED.name()))
                .and(CARD.PACKAGE_ID.isNull())
                .execute();
    }

    public Optional<PackageRow> findPackage(long packageId) {
        return db.selectFrom(CARD_PACKAGE)
                .where(CARD_PACKAGE.ID.eq(packageId))
                .fetchOptional(CardRepository::toPackage);
    }

    /** The packages sent to a counter, newest first. */
    public List<PackageRow> packagesFor(UUID organizerId) {
        return db.selectFrom(CARD_PACKAGE)
                .where(CARD_PACKAGE.ORGANIZER_ID.eq(organizerId))
                .orderBy(CARD_PACKAGE.SENT_AT.desc(), CARD_PACKAGE.ID.desc())
                .fetch(CardRepository::toPackage);
    }

    public List<String> numbersInPackage(long packageId) {
        return db.select(CARD.UITPAS_NUMBER)
                .from(CARD)
                .where(CARD.PACKAGE_ID.eq(packageId))
                .orderBy(CARD.UITPAS_NUMBER)
                .fetch(CARD.UITPAS_NUMBER);
    }

    /** Marks a sent package received and its cards LOCAL_STOCK at the counter. */
    public boolean receivePackage(long packageId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = db.update(CARD_PACKAGE)
                .set(CARD_PACKAGE.STATUS, "RECEIVED")
                .set(CARD_PACKAGE.RECEIVED_AT, now)
                .where(CARD_PACKAGE.ID.eq(packageId))
                .and(CARD_PACKAGE.STATUS.eq("SENT"))
                .execute();
        if (updated == 0) {
            return false;
        }
        db.update(CARD)
                .set(CARD.STATUS, CardStatus.LOCAL_STOCK.name())
                .set(CARD.STATUS_CHANGED_AT, now)
                .where(CARD.PACKAGE_ID.eq(packageId))
                .and(CARD.STATUS.eq(CardStatus.PROVISIONED.name()))
                .execute();
        return true;
    }

    public Page<CardView> search(Integer cardSystemId, CardStatus status, UUID organizerId, PageRequest page) {
        Condition condition = DSL.noCondition();
        if (cardSystemId != null) {
            condition = condition.and(CARD.CARD_SYSTEM_ID.eq(cardSystemId));
        }
        if (status != null) {
            condition = condition.and(CARD.STATUS.eq(status.name()));
        }
        if (organizerId != null) {
            condition = condition.and(CARD.ORGANIZER_ID.eq(organizerId));
        }
        int total = db.fetchCount(CARD, condition);
        List<CardView> member = db.selectFrom(CARD)
                .where(condition)
                .orderBy(CARD.UITPAS_NUMBER)
                .limit(page.limit())
                .offset(page.start())
                .fetch(CardRepository::toView);
        return new Page<>(total, member);
    }

    /** Counts of a counter's cards per card system, status and kansenpas flag. */
    public Map<StockKey, Integer> stock(UUID organizerId) {
        Map<StockKey, Integer> stock = new LinkedHashMap<>();
        for (Record4<Integer, String, Boolean, Integer> row : db.select(
                        CARD.CARD_SYSTEM_ID, CARD.STATUS, CARD.SOCIAL_TARIFF, DSL.count())
                .from(CARD)
                .where(CARD.ORGANIZER_ID.eq(organizerId))
                .and(CARD.STATUS.in(CardStatus.PROVISIONED.name(), CardStatus.LOCAL_STOCK.name()))
                .groupBy(CARD.CARD_SYSTEM_ID, CARD.STATUS, CARD.SOCIAL_TARIFF)
                .orderBy(CARD.CARD_SYSTEM_ID, CARD.STATUS, CARD.SOCIAL_TARIFF)
                .fetch()) {
            stock.put(new StockKey(row.value1(), CardStatus.valueOf(row.value2()), row.value3()), row.value4());
        }
        return stock;
    }

    public record StockKey(int cardSystemId, CardStatus status, boolean socialTariff) {}

    /** The first cards (by number) of a card system a counter holds in local stock, regular cards or kansenpassen. */
    public List<CardView> localStock(UUID organizerId, int cardSystemId, boolean kansenpas, int limit) {
        return db.selectFrom(CARD)
                .where(CARD.ORGANIZER_ID.eq(organizerId))
                .and(CARD.CARD_SYSTEM_ID.eq(cardSystemId))
                .and(CARD.STATUS.eq(CardStatus.LOCAL_STOCK.name()))
                .and(CARD.SOCIAL_TARIFF.eq(kansenpas))
                .orderBy(CARD.UITPAS_NUMBER)
                .limit(limit)
                .fetch(CardRepository::toView);
    }

    public record PackageRow(
            long id,
            int cardSystemId,
            UUID organizerId,
            String status,
            int cardCount,
            OffsetDateTime sentAt,
            OffsetDateTime receivedAt) {}

    private static PackageRow toPackage(CardPackageRecord r) {
        return new PackageRow(
                r.getId(),
                r.getCardSystemId(),
                r.getOrganizerId(),
                r.getStatus(),
                r.getCardCount(),
                r.getSentAt(),
                r.getReceivedAt());
    }

    private static CardView toView(CardRecord r) {
        return toView(Row.of(r));
    }

    /** A card from a row with the columns of {@code CARD.fields()}. */
    private static CardView toView(Row r) {
        return new CardView(
                r.get(UITPAS_NUMBER, String.class),
                r.get(CHIP_NUMBER, String.class),
                r.get(CARD_SYSTEM_ID, Integer.class),
                CardType.valueOf(r.get(CARD_TYPE, String.class)),
                CardStatus.valueOf(r.get(STATUS, String.class)),
                r.get(SOCIAL_TARIFF, Boolean.class),
                r.get(ORGANIZER_ID, UUID.class),
                r.get(PACKAGE_ID, Long.class));
    }
}

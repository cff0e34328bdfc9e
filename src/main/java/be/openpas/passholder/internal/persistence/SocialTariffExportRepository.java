package be.openpas.passholder.internal.persistence;

import static be.openpas.passholder.internal.persistence.jooq.Tables.PASSHOLDER_CARD_HISTORY;
import static be.openpas.passholder.internal.persistence.jooq.Tables.PASSHOLDER_SOCIAL_TARIFF_EXPORT;
import static be.openpas.passholder.internal.persistence.jooq.Tables.PASSHOLDER_SOCIAL_TARIFF_EXPORT_CARD;
import static be.openpas.passholder.internal.persistence.jooq.Tables.PASSHOLDER_SOCIAL_TARIFF_EXPORT_CHANGE;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** What the social-tariff card export last saw per card system, and the changes to it (for the delta variant). */
@Repository
public class SocialTariffExportRepository {

    private static final OffsetDateTime NEVER = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final DSLContext db;

    public SocialTariffExportRepository(DSLContext db) {
        this.db = db;
    }

    public boolean exists(int cardSystemId) {
        return db.fetchExists(
                PASSHOLDER_SOCIAL_TARIFF_EXPORT, PASSHOLDER_SOCIAL_TARIFF_EXPORT.CARD_SYSTEM_ID.eq(cardSystemId));
    }

    /**
     * Creates the card system's export state (the first export). Two first exports at once: one of them gets a
     * {@link org.springframework.dao.DuplicateKeyException} (H2 does not make the ignoring insert atomic).
     */
    public void create(int cardSystemId) {
        db.insertInto(PASSHOLDER_SOCIAL_TARIFF_EXPORT)
                .set(PASSHOLDER_SOCIAL_TARIFF_EXPORT.CARD_SYSTEM_ID, cardSystemId)
                .set(PASSHOLDER_SOCIAL_TARIFF_EXPORT.SYNCED_AT, NEVER)
                .onDuplicateKeyIgnore()
                .execute();
    }

    /**
     * Locks the card system's export state (which must exist) until the end of the transaction, and answers when the
     * export last recorded changes.
     */
    public OffsetDateTime lock(int cardSystemId) {
        return db.select(PASSHOLDER_SOCIAL_TARIFF_EXPORT.SYNCED_AT)
                .from(PASSHOLDER_SOCIAL_TARIFF_EXPORT)
                .where(PASSHOLDER_SOCIAL_TARIFF_EXPORT.CARD_SYSTEM_ID.eq(cardSystemId))
                .forUpdate()
                .fetchSingle(PASSHOLDER_SOCIAL_TARIFF_EXPORT.SYNCED_AT);
    }

    public Set<String> cards(int cardSystemId) {
        return new HashSet<>(db.select(PASSHOLDER_SOCIAL_TARIFF_EXPORT_CARD.UITPAS_NUMBER)
                .from(PASSHOLDER_SOCIAL_TARIFF_EXPORT_CARD)
                .where(PASSHOLDER_SOCIAL_TARIFF_EXPORT_CARD.CARD_SYSTEM_ID.eq(cardSystemId))
                .fetch(PASSHOLDER_SOCIAL_TARIFF_EXPORT_CARD.UITPAS_NUMBER));
    }

    /** Records that these cards became valid and these stopped being valid, at the given moment. */
    public void record(int cardSystemId, Collection<String> added, Collection<String> removed, OffsetDateTime at) {
        if (!removed.isEmpty()) {
            db.deleteFrom(PASSHOLDER_SOCIAL_TARIFF_EXPORT_CARD)
                    .where(PASSHOLDER_SOCIAL_TARIFF_EXPORT_CARD.CARD_SYSTEM_ID.eq(cardSystemId))
                    .and(PASSHOLDER_SOCIAL_TARIFF_EXPORT_CARD.UITPAS_NUMBER.in(removed))
                    .execute();
        }
        if (!added.isEmpty()) {
            var insert = db.insertInto(
                    PASSHOLDER_SOCIAL_TARIFF_EXPORT_CARD,
                    PASSHOLDER_SOCIAL_TARIFF_EXPORT_CARD.CARD_SYSTEM_ID,
                    PASSHOLDER_SOCIAL_TARIFF_EXPORT_CARD.UITPAS_NUMBER);
            for (String number : added) {
                insert = insert.values(cardSystemId, number);
            }
            insert.execute();
        }
        if (!added.isEmpty() || !removed.isEmpty()) {
            var changes = db.insertInto(
                    PASSHOLDER_SOCIAL_TARIFF_EXPORT_CHANGE,
                    PASSHOLDER_SOCIAL_TARIFF_EXPORT_CHANGE.CARD_SYSTEM_ID,
                    PASSHOLDER_SOCIAL_TARIFF_EXPORT_CHANGE.UITPAS_NUMBER,
                    PASSHOLDER_SOCIAL_TARIFF_EXPORT_CHANGE.OPERATION,
                    PASSHOLDER_SOCIAL_TARIFF_EXPORT_CHANGE.CHANGED_AT);
            for (String number : removed) {
                changes = changes.values(cardSystemId, number, "DELETE", at);
            }
            for (String number : added) {
                changes = changes.values(cardSystemId, number, "ADD", at);
            }
            changes.execute();
        }
        db.update(PASSHOLDER_SOCIAL_TARIFF_EXPORT)
                .set(PASSHOLDER_SOCIAL_TARIFF_EXPORT.SYNCED_AT, at)
                .where(PASSHOLDER_SOCIAL_TARIFF_EXPORT.CARD_SYSTEM_ID.eq(cardSystemId))
                .execute();
    }

    /**
     * Which of these cards a passholder holds or once held (erased passholders included): the others in the export are
     * cards of group passes.
     */
    public Set<String> passholderCards(Collection<String> uitpasNumbers) {
        if (uitpasNumbers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.selectDistinct(PASSHOLDER_CARD_HISTORY.UITPAS_NUMBER)
                .from(PASSHOLDER_CARD_HISTORY)
                .where(PASSHOLDER_CARD_HISTORY.UITPAS_NUMBER.in(uitpasNumbers))
                .fetch(PASSHOLDER_CARD_HISTORY.UITPAS_NUMBER));
    }

    /** The last operation (ADD or DELETE) per card recorded after {@code since}, in the order they were recorded. */
    public Map<String, String> changesSince(int cardSystemId, OffsetDateTime since) {
        Map<String, String> latest = new LinkedHashMap<>();
        db.select(
                        PASSHOLDER_SOCIAL_TARIFF_EXPORT_CHANGE.UITPAS_NUMBER,
                        PASSHOLDER_SOCIAL_TARIFF_EXPORT_CHANGE.OPERATION)
                .from(PASSHOLDER_SOCIAL_TARIFF_EXPORT_CHANGE)
                .where(PASSHOLDER_SOCIAL_TARIFF_EXPORT_CHANGE.CARD_SYSTEM_ID.eq(cardSystemId))
                .and(PASSHOLDER_SOCIAL_TARIFF_EXPORT_CHANGE.CHANGED_AT.gt(since))
                .orderBy(PASSHOLDER_SOCIAL_TARIFF_EXPORT_CHANGE.ID)
                .forEach(r -> {
                    latest.remove(r.value1());
                    latest.put(r.value1(), r.value2());
                });
        return latest;
    }
}

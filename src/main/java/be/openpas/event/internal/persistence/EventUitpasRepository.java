package be.openpas.event.internal.persistence;

import static be.openpas.event.internal.persistence.jooq.Tables.EVENT_CARD_SYSTEM;
import static be.openpas.event.internal.persistence.jooq.Tables.EVENT_DISTRIBUTION_KEY;
import static be.openpas.event.internal.persistence.jooq.Tables.EVENT_SETTINGS;
import static be.openpas.event.internal.persistence.jooq.Tables.EVENT_SOLD;

import be.openpas.event.EventSettings;
import be.openpas.shared.time.PeriodLimit;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** The UiTPAS side of events: card systems, manual distribution keys and settings. */
@Repository
public class EventUitpasRepository {

    private final DSLContext db;
    private final Clock clock;

    public EventUitpasRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The stored enabled flag per card system (card systems without a row are enabled). */
    public Map<Integer, Boolean> cardSystems(UUID eventId) {
        return db.select(EVENT_CARD_SYSTEM.CARD_SYSTEM_ID, EVENT_CARD_SYSTEM.ENABLED)
                .from(EVENT_CARD_SYSTEM)
                .where(EVENT_CARD_SYSTEM.EVENT_ID.eq(eventId))
                .fetchMap(EVENT_CARD_SYSTEM.CARD_SYSTEM_ID, EVENT_CARD_SYSTEM.ENABLED);
    }

    /** The stored enabled flag per manual key (keys without a row are disabled). */
    public Map<Integer, Boolean> manualKeys(UUID eventId) {
        return db.select(EVENT_DISTRIBUTION_KEY.KEY_ID, EVENT_DISTRIBUTION_KEY.ENABLED)
                .from(EVENT_DISTRIBUTION_KEY)
                .where(EVENT_DISTRIBUTION_KEY.EVENT_ID.eq(eventId))
                .fetchMap(EVENT_DISTRIBUTION_KEY.KEY_ID, EVENT_DISTRIBUTION_KEY.ENABLED);
    }

    public void replaceCardSystems(UUID eventId, Map<Integer, Boolean> cardSystems, Map<Integer, Boolean> keys) {
        db.deleteFrom(EVENT_CARD_SYSTEM)
                .where(EVENT_CARD_SYSTEM.EVENT_ID.eq(eventId))
                .execute();
        db.deleteFrom(EVENT_DISTRIBUTION_KEY)
                .where(EVENT_DISTRIBUTION_KEY.EVENT_ID.eq(eventId))
                .execute();
        cardSystems.forEach((id, enabled) -> db.insertInto(EVENT_CARD_SYSTEM)
                .set(EVENT_CARD_SYSTEM.EVENT_ID, eventId)
                .set(EVENT_CARD_SYSTEM.CARD_SYSTEM_ID, id)
                .set(EVENT_CARD_SYSTEM.ENABLED, enabled)
                .execute());
        keys.forEach((id, enabled) -> db.insertInto(EVENT_DISTRIBUTION_KEY)
                .set(EVENT_DISTRIBUTION_KEY.EVENT_ID, eventId)
                .set(EVENT_DISTRIBUTION_KEY.KEY_ID, id)
                .set(EVENT_DISTRIBUTION_KEY.ENABLED, enabled)
                .execute());
    }

    public Optional<EventSettings> settings(UUID eventId) {
        return db.selectFrom(EVENT_SETTINGS)
                .where(EVENT_SETTINGS.EVENT_ID.eq(eventId))
                .fetchOptional(r -> new EventSettings(
                        eventId.toString(),
                        r.getCheckinPoints(),
                        new PeriodLimit(r.getTicketLimitVolume(), r.getTicketLimitPeriod()),
                        new PeriodLimit(r.getCheckinLimitVolume(), r.getCheckinLimitPeriod())));
    }

    public void saveSettings(UUID eventId, EventSettings settings) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(EVENT_SETTINGS.CHECKIN_POINTS, settings.checkinPoints());
        values.put(
                EVENT_SETTINGS.TICKET_LIMIT_VOLUME,
                settings.passholderTicketLimit().volume());
        values.put(
                EVENT_SETTINGS.TICKET_LIMIT_PERIOD,
                settings.passholderTicketLimit().periodType());
        values.put(EVENT_SETTINGS.CHECKIN_LIMIT_VOLUME, settings.checkinLimit().volume());
        values.put(EVENT_SETTINGS.CHECKIN_LIMIT_PERIOD, settings.checkinLimit().periodType());
        values.put(EVENT_SETTINGS.UPDATED_AT, OffsetDateTime.now(clock));
        db.insertInto(EVENT_SETTINGS)
                .set(EVENT_SETTINGS.EVENT_ID, eventId)
                .set(values)
                .onDuplicateKeyUpdate()
                .set(values)
                .execute();
    }

    // ------------------------------------------------------------------------------------------------ ticket sales

    /** Whether the event has (or had) ticket sales. */
    public boolean sold(UUID eventId) {
        return db.fetchExists(EVENT_SOLD, EVENT_SOLD.EVENT_ID.eq(eventId));
    }

    /** Notes that the event has ticket sales (nothing happens when it had them already). */
    public void markSold(UUID eventId) {
        try {
            db.insertInto(EVENT_SOLD, EVENT_SOLD.EVENT_ID, EVENT_SOLD.FIRST_SALE_AT)
                    .values(eventId, OffsetDateTime.now(clock))
                    .onConflict(EVENT_SOLD.EVENT_ID)
                    .doNothing()
                    .execute();
        } catch (DuplicateKeyException markedMeanwhile) {
            // H2 only: another sale marked the event meanwhile (PostgreSQL waits for it instead); that is all we need
        }
    }
}

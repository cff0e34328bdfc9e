package be.openpas.checkin.internal.persistence;

import static be.openpas.checkin.internal.persistence.jooq.Tables.CHECKIN;

import be.openpas.checkin.CheckinFact;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
public class CheckinFactRepository {

    private final DSLContext db;

    CheckinFactRepository(DSLContext db) {
        this.db = db;
    }

    public void forEach(int cardSystemId, OffsetDateTime from, OffsetDateTime until, Consumer<CheckinFact> action) {
        try (Cursor<? extends Record> rows = db.select(
                        CHECKIN.PASSHOLDER_ID,
                        CHECKIN.ORGANIZER_ID,
                        CHECKIN.EVENT_ID,
                        CHECKIN.SOCIAL_TARIFF,
                        CHECKIN.CREATED_AT)
                .from(CHECKIN)
                .where(CHECKIN.CARD_SYSTEM_ID.eq(cardSystemId))
                .and(CHECKIN.CREATED_AT.ge(from))
                .and(CHECKIN.CREATED_AT.lt(until))
                .fetchSize(5_000)
                .fetchLazy()) {
            for (Record r : rows) {
                action.accept(new CheckinFact(
                        r.get(CHECKIN.PASSHOLDER_ID),
                        r.get(CHECKIN.ORGANIZER_ID),
                        r.get(CHECKIN.EVENT_ID),
                        r.get(CHECKIN.SOCIAL_TARIFF),
                        r.get(CHECKIN.CREATED_AT)));
            }
        }
    }
}

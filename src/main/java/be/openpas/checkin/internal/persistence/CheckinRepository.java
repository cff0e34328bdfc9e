package be.openpas.checkin.internal.persistence;

import static be.openpas.checkin.internal.persistence.jooq.Tables.CHECKIN;

import be.openpas.checkin.Channel;
import be.openpas.checkin.CheckinView;
import be.openpas.checkin.internal.persistence.jooq.tables.records.CheckinRecord;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.persistence.RenderedQueries;
import be.openpas.shared.persistence.RenderedQuery;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class CheckinRepository {

    private final DSLContext db;
    /** The two statements of every check-in (rendered once: see {@link RenderedQuery}). */
    private final RenderedQuery insert;

    private final RenderedQuery countInPeriod;

    CheckinRepository(DSLContext db, RenderedQueries queries) {
        this.db = db;
        this.insert = queries.of(
                db.insertInto(CHECKIN)
                        .set(CHECKIN.ID, DSL.param("id", UUID.class))
                        .set(CHECKIN.EVENT_ID, DSL.param("eventId", UUID.class))
                        .set(CHECKIN.ORGANIZER_ID, DSL.param("organizerId", UUID.class))
                        .set(CHECKIN.PASSHOLDER_ID, DSL.param("passholderId", UUID.class))
                        .set(CHECKIN.UITPAS_NUMBER, DSL.param("uitpasNumber", String.class))
                        .set(CHECKIN.CARD_SYSTEM_ID, DSL.param("cardSystemId", Integer.class))
                        .set(CHECKIN.SOCIAL_TARIFF, DSL.param("socialTariff", Boolean.class))
                        .set(CHECKIN.POINTS, DSL.param("points", Integer.class))
                        .set(CHECKIN.CHANNEL, DSL.param("channel", String.class))
                        .set(CHECKIN.KIOSK_ID, DSL.param("kioskId", UUID.class))
                        .set(CHECKIN.CREATED_BY, DSL.param("createdBy", String.class))
                        .set(CHECKIN.CREATED_AT, DSL.param("createdAt", OffsetDateTime.class)),
                "id",
                "eventId",
                "organizerId",
                "passholderId",
                "uitpasNumber",
                "cardSystemId",
                "socialTariff",
                "points",
                "channel",
                "kioskId",
                "createdBy",
                "createdAt");
        this.countInPeriod = queries.of(
                db.selectCount()
                        .from(CHECKIN)
                        .where(CHECKIN.PASSHOLDER_ID.eq(DSL.param("passholderId", UUID.class)))
                        .and(CHECKIN.EVENT_ID.eq(DSL.param("eventId", UUID.class)))
                        .and(CHECKIN.CREATED_AT.ge(DSL.param("from", OffsetDateTime.class)))
                        .and(CHECKIN.CREATED_AT.lt(DSL.param("until", OffsetDateTime.class))),
                "passholderId",
                "eventId",
                "from",
                "until");
    }

    public void insert(CheckinView checkin, String createdBy) {
        insert.execute(
                checkin.id(),
                checkin.eventId(),
                checkin.organizerId(),
                checkin.passholderId(),
                checkin.uitpasNumber(),
                checkin.cardSystemId(),
                checkin.socialTariff(),
                checkin.points(),
                checkin.channel().name(),
                checkin.kioskId(),
                createdBy.length() > 200 ? createdBy.substring(0, 200) : createdBy,
                checkin.createdAt());
    }

    public boolean exists(UUID id) {
        return db.fetchExists(CHECKIN, CHECKIN.ID.eq(id));
    }

    /** Check-ins of a passholder at an event from {@code from} (inclusive) until {@code until} (exclusive). */
    public int count(UUID passholderId, UUID eventId, OffsetDateTime from, OffsetDateTime until) {
        if (from != null && until != null) {
            return countInPeriod
                    .fetch(r -> r.get(0, Integer.class), passholderId, eventId, from, until)
                    .get(0);
        }
        Condition condition = CHECKIN.PASSHOLDER_ID.eq(passholderId).and(CHECKIN.EVENT_ID.eq(eventId));
        if (from != null) {
            condition = condition.and(CHECKIN.CREATED_AT.ge(from));
        }
        if (until != null) {
            condition = condition.and(CHECKIN.CREATED_AT.lt(until));
        }
        return db.fetchCount(CHECKIN, condition);
    }

    /** The check-ins of a passholder, newest first. */
    public Page<CheckinView> ofPassholder(UUID passholderId, PageRequest page) {
        Condition condition = CHECKIN.PASSHOLDER_ID.eq(passholderId);
        long total = db.fetchCount(CHECKIN, condition);
        List<CheckinView> found = db.selectFrom(CHECKIN)
                .where(condition)
                .orderBy(CHECKIN.CREATED_AT.desc(), CHECKIN.ID)
                .offset(page.start())
                .limit(page.limit())
                .fetch(CheckinRepository::toView);
        return new Page<>(total, found);
    }

    private static CheckinView toView(CheckinRecord r) {
        return new CheckinView(
                r.getId(),
                r.getEventId(),
                r.getOrganizerId(),
                r.getPassholderId(),
                r.getUitpasNumber(),
                r.getCardSystemId(),
                r.getSocialTariff(),
                r.getPoints(),
                Channel.valueOf(r.getChannel()),
                r.getKioskId(),
                r.getCreatedAt());
    }
}

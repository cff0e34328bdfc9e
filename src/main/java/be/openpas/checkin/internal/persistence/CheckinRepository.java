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
import org.jooq.Param;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class CheckinRepository {

    private final DSLContext db;
    /** The two statements of every check-in (rendered once: see {@link RenderedQuery}). */
    private final RenderedQuery insert;

    private final RenderedQuery countInPeriod;

    // the parameters of the two statements
    private static final Param<UUID> ID = DSL.param("id", UUID.class);
    private static final Param<UUID> EVENT = DSL.param("eventId", UUID.class);
    private static final Param<UUID> ORGANIZER = DSL.param("organizerId", UUID.class);
    private static final Param<UUID> PASSHOLDER = DSL.param("passholderId", UUID.class);
    private static final Param<String> CARD = DSL.param("uitpasNumber", String.class);
    private static final Param<Integer> CARD_SYSTEM = DSL.param("cardSystemId", Integer.class);
    private static final Param<Boolean> SOCIAL_TARIFF = DSL.param("socialTariff", Boolean.class);
    private static final Param<Integer> POINTS = DSL.param("points", Integer.class);
    private static final Param<String> CHANNEL = DSL.param("channel", String.class);
    private static final Param<UUID> KIOSK = DSL.param("kioskId", UUID.class);
    private static final Param<String> CREATED_BY = DSL.param("createdBy", String.class);
    private static final Param<OffsetDateTime> CREATED_AT = DSL.param("createdAt", OffsetDateTime.class);
    private static final Param<OffsetDateTime> FROM = DSL.param("from", OffsetDateTime.class);
    private static final Param<OffsetDateTime> UNTIL = DSL.param("until", OffsetDateTime.class);

    CheckinRepository(DSLContext db, RenderedQueries queries) {
        this.db = db;
        this.insert = queries.of(db.insertInto(CHECKIN)
                .set(CHECKIN.ID, ID)
                .set(CHECKIN.EVENT_ID, EVENT)
                .set(CHECKIN.ORGANIZER_ID, ORGANIZER)
                .set(CHECKIN.PASSHOLDER_ID, PASSHOLDER)
                .set(CHECKIN.UITPAS_NUMBER, CARD)
                .set(CHECKIN.CARD_SYSTEM_ID, CARD_SYSTEM)
                .set(CHECKIN.SOCIAL_TARIFF, SOCIAL_TARIFF)
                .set(CHECKIN.POINTS, POINTS)
                .set(CHECKIN.CHANNEL, CHANNEL)
                .set(CHECKIN.KIOSK_ID, KIOSK)
                .set(CHECKIN.CREATED_BY, CREATED_BY)
                .set(CHECKIN.CREATED_AT, CREATED_AT));
        this.countInPeriod = queries.of(db.selectCount()
                .from(CHECKIN)
                .where(CHECKIN.PASSHOLDER_ID.eq(PASSHOLDER))
                .and(CHECKIN.EVENT_ID.eq(EVENT))
                .and(CHECKIN.CREATED_AT.ge(FROM))
                .and(CHECKIN.CREATED_AT.lt(UNTIL)));
    }

    public void insert(CheckinView checkin, String createdBy) {
        insert.bind()
                .set(ID, checkin.id())
                .set(EVENT, checkin.eventId())
                .set(ORGANIZER, checkin.organizerId())
                .set(PASSHOLDER, checkin.passholderId())
                .set(CARD, checkin.uitpasNumber())
                .set(CARD_SYSTEM, checkin.cardSystemId())
                .set(SOCIAL_TARIFF, checkin.socialTariff())
                .set(POINTS, checkin.points())
                .set(CHANNEL, checkin.channel().name())
                .set(KIOSK, checkin.kioskId())
                .set(CREATED_BY, createdBy.length() > 200 ? createdBy.substring(0, 200) : createdBy)
                .set(CREATED_AT, checkin.createdAt())
                .execute();
    }

    public boolean exists(UUID id) {
        return db.fetchExists(CHECKIN, CHECKIN.ID.eq(id));
    }

    /** Check-ins of a passholder at an event from {@code from} (inclusive) until {@code until} (exclusive). */
    public int count(UUID passholderId, UUID eventId, OffsetDateTime from, OffsetDateTime until) {
        if (from != null && until != null) {
            return countInPeriod
                    .bind()
                    .set(PASSHOLDER, passholderId)
                    .set(EVENT, eventId)
                    .set(FROM, from)
                    .set(UNTIL, until)
                    .fetch(r -> r.get(0, Integer.class))
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

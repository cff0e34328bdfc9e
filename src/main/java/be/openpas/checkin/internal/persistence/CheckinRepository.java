package be.openpas.checkin.internal.persistence;

import static be.openpas.checkin.internal.persistence.jooq.Tables.CHECKIN;

import be.openpas.checkin.Channel;
import be.openpas.checkin.CheckinView;
import be.openpas.checkin.internal.persistence.jooq.tables.records.CheckinRecord;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class CheckinRepository {

    private final DSLContext db;

    CheckinRepository(DSLContext db) {
        this.db = db;
    }

    public void insert(CheckinView checkin, String createdBy) {
        db.insertInto(CHECKIN)
                .set(CHECKIN.ID, checkin.id())
                .set(CHECKIN.EVENT_ID, checkin.eventId())
                .set(CHECKIN.ORGANIZER_ID, checkin.organizerId())
                .set(CHECKIN.PASSHOLDER_ID, checkin.passholderId())
                .set(CHECKIN.UITPAS_NUMBER, checkin.uitpasNumber())
                .set(CHECKIN.CARD_SYSTEM_ID, checkin.cardSystemId())
                .set(CHECKIN.SOCIAL_TARIFF, checkin.socialTariff())
                .set(CHECKIN.POINTS, checkin.points())
                .set(CHECKIN.CHANNEL, checkin.channel().name())
                .set(CHECKIN.KIOSK_ID, checkin.kioskId())
                .set(CHECKIN.CREATED_BY, createdBy.length() > 200 ? createdBy.substring(0, 200) : createdBy)
                .set(CHECKIN.CREATED_AT, checkin.createdAt())
                .execute();
    }

    public boolean exists(UUID id) {
        return db.fetchExists(CHECKIN, CHECKIN.ID.eq(id));
    }

    /** Check-ins of a passholder at an event from {@code from} (inclusive) until {@code until} (exclusive). */
    public int count(UUID passholderId, UUID eventId, OffsetDateTime from, OffsetDateTime until) {
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

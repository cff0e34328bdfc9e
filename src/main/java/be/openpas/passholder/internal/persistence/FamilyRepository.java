package be.openpas.passholder.internal.persistence;

import static be.openpas.passholder.internal.persistence.jooq.Tables.PASSHOLDER;
import static be.openpas.passholder.internal.persistence.jooq.Tables.PASSHOLDER_FAMILY_MEMBER;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Family lists of passholders. */
@Repository
public class FamilyRepository {

    private final DSLContext db;
    private final Clock clock;

    public FamilyRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public record FamilyRow(UUID mainPassholderId, UUID memberPassholderId, String icon, OffsetDateTime createdAt) {}

    /** The members of a passholder's own family list (without the main member), oldest first. */
    public List<FamilyRow> membersOf(UUID mainPassholderId) {
        return db.select(PASSHOLDER_FAMILY_MEMBER.fields())
                .from(PASSHOLDER_FAMILY_MEMBER)
                .join(PASSHOLDER)
                .on(PASSHOLDER.ID.eq(PASSHOLDER_FAMILY_MEMBER.MEMBER_PASSHOLDER_ID))
                .where(PASSHOLDER_FAMILY_MEMBER.MAIN_PASSHOLDER_ID.eq(mainPassholderId))
                .and(PASSHOLDER.DELETED_AT.isNull())
                .orderBy(PASSHOLDER_FAMILY_MEMBER.CREATED_AT, PASSHOLDER_FAMILY_MEMBER.MEMBER_PASSHOLDER_ID)
                .fetch(r -> new FamilyRow(
                        r.get(PASSHOLDER_FAMILY_MEMBER.MAIN_PASSHOLDER_ID),
                        r.get(PASSHOLDER_FAMILY_MEMBER.MEMBER_PASSHOLDER_ID),
                        r.get(PASSHOLDER_FAMILY_MEMBER.ICON),
                        r.get(PASSHOLDER_FAMILY_MEMBER.CREATED_AT)));
    }

    /** The family lists (of other passholders) that contain this passholder. */
    public List<FamilyRow> familiesContaining(UUID memberPassholderId) {
        return db.select(PASSHOLDER_FAMILY_MEMBER.fields())
                .from(PASSHOLDER_FAMILY_MEMBER)
                .join(PASSHOLDER)
                .on(PASSHOLDER.ID.eq(PASSHOLDER_FAMILY_MEMBER.MAIN_PASSHOLDER_ID))
                .where(PASSHOLDER_FAMILY_MEMBER.MEMBER_PASSHOLDER_ID.eq(memberPassholderId))
                .and(PASSHOLDER.DELETED_AT.isNull())
                .orderBy(PASSHOLDER_FAMILY_MEMBER.CREATED_AT)
                .fetch(r -> new FamilyRow(
                        r.get(PASSHOLDER_FAMILY_MEMBER.MAIN_PASSHOLDER_ID),
                        r.get(PASSHOLDER_FAMILY_MEMBER.MEMBER_PASSHOLDER_ID),
                        r.get(PASSHOLDER_FAMILY_MEMBER.ICON),
                        r.get(PASSHOLDER_FAMILY_MEMBER.CREATED_AT)));
    }

    public boolean contains(UUID mainPassholderId, UUID memberPassholderId) {
        return db.fetchExists(
                PASSHOLDER_FAMILY_MEMBER,
                PASSHOLDER_FAMILY_MEMBER
                        .MAIN_PASSHOLDER_ID
                        .eq(mainPassholderId)
                        .and(PASSHOLDER_FAMILY_MEMBER.MEMBER_PASSHOLDER_ID.eq(memberPassholderId)));
    }

    /** Locks the main passholder's row, so that two additions to one family are checked one after the other. */
    public void lockFamily(UUID mainPassholderId) {
        db.select(PASSHOLDER.ID)
                .from(PASSHOLDER)
                .where(PASSHOLDER.ID.eq(mainPassholderId))
                .forUpdate()
                .fetch();
    }

    public void add(UUID mainPassholderId, UUID memberPassholderId, String icon) {
        db.insertInto(PASSHOLDER_FAMILY_MEMBER)
                .set(PASSHOLDER_FAMILY_MEMBER.MAIN_PASSHOLDER_ID, mainPassholderId)
                .set(PASSHOLDER_FAMILY_MEMBER.MEMBER_PASSHOLDER_ID, memberPassholderId)
                .set(PASSHOLDER_FAMILY_MEMBER.ICON, icon)
                .set(PASSHOLDER_FAMILY_MEMBER.CREATED_AT, OffsetDateTime.now(clock))
                .execute();
    }

    public boolean updateIcon(UUID mainPassholderId, UUID memberPassholderId, String icon) {
        return db.update(PASSHOLDER_FAMILY_MEMBER)
                        .set(PASSHOLDER_FAMILY_MEMBER.ICON, icon)
                        .where(PASSHOLDER_FAMILY_MEMBER.MAIN_PASSHOLDER_ID.eq(mainPassholderId))
                        .and(PASSHOLDER_FAMILY_MEMBER.MEMBER_PASSHOLDER_ID.eq(memberPassholderId))
                        .execute()
                == 1;
    }

    public boolean remove(UUID mainPassholderId, UUID memberPassholderId) {
        return db.deleteFrom(PASSHOLDER_FAMILY_MEMBER)
                        .where(PASSHOLDER_FAMILY_MEMBER.MAIN_PASSHOLDER_ID.eq(mainPassholderId))
                        .and(PASSHOLDER_FAMILY_MEMBER.MEMBER_PASSHOLDER_ID.eq(memberPassholderId))
                        .execute()
                == 1;
    }

    /** Removes the passholder from every family list, and their own list (GDPR erasure). */
    public void removeEverywhere(UUID passholderId) {
        db.deleteFrom(PASSHOLDER_FAMILY_MEMBER)
                .where(PASSHOLDER_FAMILY_MEMBER
                        .MAIN_PASSHOLDER_ID
                        .eq(passholderId)
                        .or(PASSHOLDER_FAMILY_MEMBER.MEMBER_PASSHOLDER_ID.eq(passholderId)))
                .execute();
    }
}

package be.openpas.staff.internal.persistence;

import static be.openpas.staff.internal.persistence.jooq.Tables.STAFF_MEMBERSHIP;
import static be.openpas.staff.internal.persistence.jooq.Tables.STAFF_USER;

import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.staff.StaffMember;
import be.openpas.staff.StaffRole;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class StaffRepository {

    private final DSLContext db;
    private final Clock clock;

    public StaffRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<UUID> userIdOf(String email) {
        return db.select(STAFF_USER.ID)
                .from(STAFF_USER)
                .where(STAFF_USER.EMAIL.eq(email))
                .fetchOptional(STAFF_USER.ID);
    }

    public UUID createUser(String email) {
        UUID id = UUID.randomUUID();
        db.insertInto(STAFF_USER)
                .set(STAFF_USER.ID, id)
                .set(STAFF_USER.EMAIL, email)
                .set(STAFF_USER.CREATED_AT, OffsetDateTime.now(clock))
                .execute();
        return id;
    }

    public void upsertMembership(UUID organizerId, UUID userId, StaffRole role) {
        db.insertInto(STAFF_MEMBERSHIP)
                .set(STAFF_MEMBERSHIP.ORGANIZER_ID, organizerId)
                .set(STAFF_MEMBERSHIP.USER_ID, userId)
                .set(STAFF_MEMBERSHIP.ROLE, role)
                .set(STAFF_MEMBERSHIP.CREATED_AT, OffsetDateTime.now(clock))
                .onDuplicateKeyUpdate()
                .set(STAFF_MEMBERSHIP.ROLE, role)
                .execute();
    }

    public boolean removeMembership(UUID organizerId, UUID userId) {
        return db.deleteFrom(STAFF_MEMBERSHIP)
                        .where(STAFF_MEMBERSHIP.ORGANIZER_ID.eq(organizerId))
                        .and(STAFF_MEMBERSHIP.USER_ID.eq(userId))
                        .execute()
                > 0;
    }

    public void removeAllMemberships(UUID organizerId) {
        db.deleteFrom(STAFF_MEMBERSHIP)
                .where(STAFF_MEMBERSHIP.ORGANIZER_ID.eq(organizerId))
                .execute();
    }

    public Page<StaffMember> membersOf(UUID organizerId, PageRequest page) {
        int total = db.fetchCount(STAFF_MEMBERSHIP, STAFF_MEMBERSHIP.ORGANIZER_ID.eq(organizerId));
        List<StaffMember> member = db.select(STAFF_USER.ID, STAFF_USER.EMAIL, STAFF_MEMBERSHIP.ROLE)
                .from(STAFF_MEMBERSHIP)
                .join(STAFF_USER)
                .on(STAFF_USER.ID.eq(STAFF_MEMBERSHIP.USER_ID))
                .where(STAFF_MEMBERSHIP.ORGANIZER_ID.eq(organizerId))
                .orderBy(STAFF_USER.EMAIL)
                .limit(page.limit())
                .offset(page.start())
                .fetch(r ->
                        new StaffMember(r.get(STAFF_USER.ID), r.get(STAFF_USER.EMAIL), r.get(STAFF_MEMBERSHIP.ROLE)));
        return new Page<>(total, member);
    }

    public record LoginRow(UUID userId, String email, String displayName, String passwordHash, UUID lastOrganizerId) {}

    public Optional<LoginRow> login(String email) {
        return loginWhere(STAFF_USER.EMAIL.eq(email));
    }

    public Optional<LoginRow> loginById(UUID userId) {
        return loginWhere(STAFF_USER.ID.eq(userId));
    }

    private Optional<LoginRow> loginWhere(Condition condition) {
        return db.select(
                        STAFF_USER.ID,
                        STAFF_USER.EMAIL,
                        STAFF_USER.DISPLAY_NAME,
                        STAFF_USER.PASSWORD_HASH,
                        STAFF_USER.LAST_ORGANIZER_ID)
                .from(STAFF_USER)
                .where(condition)
                .fetchOptional(r -> new LoginRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public void setPasswordHash(UUID userId, String hash) {
        db.update(STAFF_USER)
                .set(STAFF_USER.PASSWORD_HASH, hash)
                .where(STAFF_USER.ID.eq(userId))
                .execute();
    }

    public void setLastOrganizer(UUID userId, UUID organizerId) {
        db.update(STAFF_USER)
                .set(STAFF_USER.LAST_ORGANIZER_ID, organizerId)
                .where(STAFF_USER.ID.eq(userId))
                .execute();
    }

    public void setSocialTariff(UUID organizerId, UUID userId, boolean socialTariff) {
        db.update(STAFF_MEMBERSHIP)
                .set(STAFF_MEMBERSHIP.SOCIAL_TARIFF, socialTariff)
                .where(STAFF_MEMBERSHIP.ORGANIZER_ID.eq(organizerId))
                .and(STAFF_MEMBERSHIP.USER_ID.eq(userId))
                .execute();
    }

    public record MembershipRow(UUID organizerId, StaffRole role, boolean socialTariff) {}

    public List<MembershipRow> membershipsOf(UUID userId) {
        return db.select(STAFF_MEMBERSHIP.ORGANIZER_ID, STAFF_MEMBERSHIP.ROLE, STAFF_MEMBERSHIP.SOCIAL_TARIFF)
                .from(STAFF_MEMBERSHIP)
                .where(STAFF_MEMBERSHIP.USER_ID.eq(userId))
                .fetch(r -> new MembershipRow(r.value1(), r.value2(), r.value3()));
    }

    public record MemberRow(UUID userId, String email, StaffRole role, boolean socialTariff) {}

    public List<MemberRow> allMembersOf(UUID organizerId) {
        return db.select(STAFF_USER.ID, STAFF_USER.EMAIL, STAFF_MEMBERSHIP.ROLE, STAFF_MEMBERSHIP.SOCIAL_TARIFF)
                .from(STAFF_MEMBERSHIP)
                .join(STAFF_USER)
                .on(STAFF_USER.ID.eq(STAFF_MEMBERSHIP.USER_ID))
                .where(STAFF_MEMBERSHIP.ORGANIZER_ID.eq(organizerId))
                .orderBy(STAFF_USER.EMAIL)
                .fetch(r -> new MemberRow(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}

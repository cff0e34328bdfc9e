package be.openpas.grouppass.internal.persistence;

import static be.openpas.grouppass.internal.persistence.jooq.Tables.GROUPPASS;
import static be.openpas.grouppass.internal.persistence.jooq.Tables.GROUPPASS_TICKET_USE;

import be.openpas.grouppass.GroupPassAddress;
import be.openpas.grouppass.internal.persistence.jooq.tables.records.GrouppassRecord;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

@Repository
public class GroupPassRepository {

    private final DSLContext db;
    private final Clock clock;

    public GroupPassRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<GroupPassRow> find(UUID id) {
        return db.selectFrom(GROUPPASS).where(GROUPPASS.ID.eq(id)).fetchOptional(GroupPassRepository::row);
    }

    public Optional<GroupPassRow> findByUitpasNumber(String uitpasNumber) {
        return db.selectFrom(GROUPPASS)
                .where(GROUPPASS.UITPAS_NUMBER.eq(uitpasNumber))
                .fetchOptional(GroupPassRepository::row);
    }

    public boolean exists(UUID id) {
        return db.fetchExists(GROUPPASS, GROUPPASS.ID.eq(id));
    }

    /** Group passes by card system and part of the name (case-insensitive), by name. */
    public Page<GroupPassRow> search(Integer cardSystemId, String name, boolean descending, PageRequest page) {
        Condition condition = DSL.noCondition();
        if (cardSystemId != null) {
            condition = condition.and(GROUPPASS.CARD_SYSTEM_ID.eq(cardSystemId));
        }
        if (name != null && !name.isBlank()) {
            String pattern =
                    "%" + name.trim().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            condition = condition.and(GROUPPASS.NAME.likeIgnoreCase(pattern, '!'));
        }
        int total = db.fetchCount(GROUPPASS, condition);
        List<GroupPassRow> rows = db.selectFrom(GROUPPASS)
                .where(condition)
                .orderBy(
                        descending
                                ? DSL.lower(GROUPPASS.NAME).desc()
                                : DSL.lower(GROUPPASS.NAME).asc(),
                        GROUPPASS.ID)
                .limit(page.limit())
                .offset(page.start())
                .fetch(GroupPassRepository::row);
        return new Page<>(total, rows);
    }

    /** The group passes of a card system whose kansenstatuut has not ended before this day. */
    public List<GroupPassRow> withSocialTariffOn(int cardSystemId, LocalDate day) {
        return db.selectFrom(GROUPPASS)
                .where(GROUPPASS.CARD_SYSTEM_ID.eq(cardSystemId))
                .and(GROUPPASS.SOCIAL_TARIFF_END_DATE.ge(day))
                .orderBy(GROUPPASS.UITPAS_NUMBER)
                .fetch(GroupPassRepository::row);
    }

    public void insert(GroupPassRow row) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        GrouppassRecord record = db.newRecord(GROUPPASS);
        record.setId(row.id());
        fill(record, row);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        db.executeInsert(record);
    }

    public void update(GroupPassRow row) {
        GrouppassRecord record = db.fetchSingle(GROUPPASS, GROUPPASS.ID.eq(row.id()));
        fill(record, row);
        record.setUpdatedAt(OffsetDateTime.now(clock));
        db.executeUpdate(record);
    }

    public void delete(UUID id) {
        db.deleteFrom(GROUPPASS).where(GROUPPASS.ID.eq(id)).execute();
    }

    // ------------------------------------------------------------------------------------------------ ticket use

    /** The tickets a group pass used in a budget year (0 when it used none). */
    public int ticketsUsed(UUID groupPassId, int year) {
        return db.select(GROUPPASS_TICKET_USE.TICKETS_USED)
                .from(GROUPPASS_TICKET_USE)
                .where(GROUPPASS_TICKET_USE.GROUPPASS_ID.eq(groupPassId))
                .and(GROUPPASS_TICKET_USE.BUDGET_YEAR.eq(year))
                .fetchOptional(GROUPPASS_TICKET_USE.TICKETS_USED)
                .orElse(0);
    }

    /**
     * Uses tickets of a year's budget if the group pass's tickets per year allow them ({@code TicketBudget.allows},
     * checked by the statements themselves, so concurrent uses never pass the budget): an update of the year's row, or
     * the year's first use. Answers whether they were used.
     */
    public boolean useTickets(UUID groupPassId, int year, int tickets) {
        if (addToYear(groupPassId, year, tickets)) {
            return true;
        }
        try {
            int created = db.insertInto(
                            GROUPPASS_TICKET_USE,
                            GROUPPASS_TICKET_USE.GROUPPASS_ID,
                            GROUPPASS_TICKET_USE.BUDGET_YEAR,
                            GROUPPASS_TICKET_USE.TICKETS_USED)
                    .select(db.select(GROUPPASS.ID, DSL.val(year), DSL.val(tickets))
                            .from(GROUPPASS)
                            .where(GROUPPASS.ID.eq(groupPassId))
                            .and(GROUPPASS.TICKETS_PER_YEAR.ge(tickets)))
                    .onConflict(GROUPPASS_TICKET_USE.GROUPPASS_ID, GROUPPASS_TICKET_USE.BUDGET_YEAR)
                    .doNothing()
                    .execute();
            if (created == 1) {
                return true;
            }
        } catch (DuplicateKeyException createdMeanwhile) {
            // H2 only: another transaction created the year's row meanwhile (PostgreSQL waits for it instead)
        }
        // the year's row exists (it may have been created meanwhile): the update decides
        return addToYear(groupPassId, year, tickets);
    }

    private boolean addToYear(UUID groupPassId, int year, int tickets) {
        return db.update(GROUPPASS_TICKET_USE)
                        .set(GROUPPASS_TICKET_USE.TICKETS_USED, GROUPPASS_TICKET_USE.TICKETS_USED.plus(tickets))
                        .where(GROUPPASS_TICKET_USE.GROUPPASS_ID.eq(groupPassId))
                        .and(GROUPPASS_TICKET_USE.BUDGET_YEAR.eq(year))
                        .and(GROUPPASS_TICKET_USE
                                .TICKETS_USED
                                .plus(tickets)
                                .le(DSL.select(GROUPPASS.TICKETS_PER_YEAR)
                                        .from(GROUPPASS)
                                        .where(GROUPPASS.ID.eq(groupPassId))))
                        .execute()
                == 1;
    }

    /** Gives tickets back to a year's budget (a cancelled sale); never below 0. */
    public void returnTickets(UUID groupPassId, int year, int tickets) {
        db.update(GROUPPASS_TICKET_USE)
                .set(
                        GROUPPASS_TICKET_USE.TICKETS_USED,
                        DSL.greatest(GROUPPASS_TICKET_USE.TICKETS_USED.minus(tickets), DSL.inline(0)))
                .where(GROUPPASS_TICKET_USE.GROUPPASS_ID.eq(groupPassId))
                .and(GROUPPASS_TICKET_USE.BUDGET_YEAR.eq(year))
                .execute();
    }

    private static void fill(GrouppassRecord record, GroupPassRow row) {
        record.setName(row.name());
        record.setCardSystemId(row.cardSystemId());
        record.setUitpasNumber(row.uitpasNumber());
        record.setEmail(row.email());
        record.setTelephone(row.telephone());
        record.setStreet(row.address().street());
        record.setPostalCode(row.address().postalCode());
        record.setCity(row.address().city());
        record.setCountry(row.address().country());
        record.setSocialTariffEndDate(row.socialTariffEndDate());
        record.setTicketsPerYear(row.ticketsPerYear());
    }

    private static GroupPassRow row(GrouppassRecord r) {
        return new GroupPassRow(
                r.getId(),
                r.getName(),
                r.getCardSystemId(),
                r.getUitpasNumber(),
                r.getEmail(),
                r.getTelephone(),
                new GroupPassAddress(r.getStreet(), r.getPostalCode(), r.getCity(), r.getCountry()),
                r.getSocialTariffEndDate(),
                r.getTicketsPerYear(),
                r.getCreatedAt());
    }
}

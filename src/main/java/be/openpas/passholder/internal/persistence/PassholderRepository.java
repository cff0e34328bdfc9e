package be.openpas.passholder.internal.persistence;

import static be.openpas.passholder.internal.persistence.jooq.Tables.PASSHOLDER;
import static be.openpas.passholder.internal.persistence.jooq.Tables.PASSHOLDER_CARD_HISTORY;
import static be.openpas.passholder.internal.persistence.jooq.Tables.PASSHOLDER_MEMBERSHIP;

import be.openpas.passholder.Gender;
import be.openpas.passholder.MembershipStatus;
import be.openpas.passholder.OptInPreferences;
import be.openpas.passholder.PassholderAddress;
import be.openpas.passholder.internal.domain.SearchNames;
import be.openpas.passholder.internal.persistence.jooq.tables.records.PassholderMembershipRecord;
import be.openpas.passholder.internal.persistence.jooq.tables.records.PassholderRecord;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.persistence.RenderedQueries;
import be.openpas.shared.persistence.RenderedQuery;
import be.openpas.shared.persistence.Row;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class PassholderRepository {

    // positions of the columns that rows are read from (records and rendered queries share the mapping)
    private static final int P_ID = PASSHOLDER.indexOf(PASSHOLDER.ID);
    private static final int P_NAME = PASSHOLDER.indexOf(PASSHOLDER.NAME);
    private static final int P_FIRST_NAME = PASSHOLDER.indexOf(PASSHOLDER.FIRST_NAME);
    private static final int P_INSZ_NUMBER = PASSHOLDER.indexOf(PASSHOLDER.INSZ_NUMBER);
    private static final int P_DATE_OF_BIRTH = PASSHOLDER.indexOf(PASSHOLDER.DATE_OF_BIRTH);
    private static final int P_GENDER = PASSHOLDER.indexOf(PASSHOLDER.GENDER);
    private static final int P_STREET = PASSHOLDER.indexOf(PASSHOLDER.STREET);
    private static final int P_POSTAL_CODE = PASSHOLDER.indexOf(PASSHOLDER.POSTAL_CODE);
    private static final int P_CITY = PASSHOLDER.indexOf(PASSHOLDER.CITY);
    private static final int P_COUNTRY = PASSHOLDER.indexOf(PASSHOLDER.COUNTRY);
    private static final int P_EMAIL = PASSHOLDER.indexOf(PASSHOLDER.EMAIL);
    private static final int P_PHONE_NUMBER = PASSHOLDER.indexOf(PASSHOLDER.PHONE_NUMBER);
    private static final int P_NATIONALITY = PASSHOLDER.indexOf(PASSHOLDER.NATIONALITY);
    private static final int P_OPT_IN_SERVICE_MAILS = PASSHOLDER.indexOf(PASSHOLDER.OPT_IN_SERVICE_MAILS);
    private static final int P_OPT_IN_MILESTONE_MAILS = PASSHOLDER.indexOf(PASSHOLDER.OPT_IN_MILESTONE_MAILS);
    private static final int P_OPT_IN_INFO_MAILS = PASSHOLDER.indexOf(PASSHOLDER.OPT_IN_INFO_MAILS);
    private static final int P_OPT_IN_SMS = PASSHOLDER.indexOf(PASSHOLDER.OPT_IN_SMS);
    private static final int P_OPT_IN_POST = PASSHOLDER.indexOf(PASSHOLDER.OPT_IN_POST);
    private static final int P_PARENTAL_CONSENT = PASSHOLDER.indexOf(PASSHOLDER.PARENTAL_CONSENT);
    private static final int P_LEGAL_TERMS_PAPER = PASSHOLDER.indexOf(PASSHOLDER.LEGAL_TERMS_PAPER);
    private static final int P_LEGAL_TERMS_DIGITAL = PASSHOLDER.indexOf(PASSHOLDER.LEGAL_TERMS_DIGITAL);
    private static final int P_REGISTRATION_ORGANIZER_ID = PASSHOLDER.indexOf(PASSHOLDER.REGISTRATION_ORGANIZER_ID);
    private static final int P_SCHOOL_ID = PASSHOLDER.indexOf(PASSHOLDER.SCHOOL_ID);
    private static final int P_CREATED_AT = PASSHOLDER.indexOf(PASSHOLDER.CREATED_AT);
    private static final int M_PASSHOLDER_ID = PASSHOLDER_MEMBERSHIP.indexOf(PASSHOLDER_MEMBERSHIP.PASSHOLDER_ID);
    private static final int M_CARD_SYSTEM_ID = PASSHOLDER_MEMBERSHIP.indexOf(PASSHOLDER_MEMBERSHIP.CARD_SYSTEM_ID);
    private static final int M_STATUS = PASSHOLDER_MEMBERSHIP.indexOf(PASSHOLDER_MEMBERSHIP.STATUS);
    private static final int M_CURRENT_CARD = PASSHOLDER_MEMBERSHIP.indexOf(PASSHOLDER_MEMBERSHIP.CURRENT_CARD);
    private static final int M_SOCIAL_TARIFF_END_DATE =
            PASSHOLDER_MEMBERSHIP.indexOf(PASSHOLDER_MEMBERSHIP.SOCIAL_TARIFF_END_DATE);
    private static final int M_SOCIAL_TARIFF_SUSPENDED_UNTIL =
            PASSHOLDER_MEMBERSHIP.indexOf(PASSHOLDER_MEMBERSHIP.SOCIAL_TARIFF_SUSPENDED_UNTIL);
    private static final int M_SOCIAL_TARIFF_REMARKS =
            PASSHOLDER_MEMBERSHIP.indexOf(PASSHOLDER_MEMBERSHIP.SOCIAL_TARIFF_REMARKS);
    private static final int M_PRICE_PAID = PASSHOLDER_MEMBERSHIP.indexOf(PASSHOLDER_MEMBERSHIP.PRICE_PAID);
    private static final int M_JOINED_AT = PASSHOLDER_MEMBERSHIP.indexOf(PASSHOLDER_MEMBERSHIP.JOINED_AT);
    private static final int MEMBERSHIP_AFTER_PASSHOLDER = PASSHOLDER.fields().length;

    private final DSLContext db;
    private final Clock clock;
    /** The lookup of every scan at a counter (tariffs, sales, check-ins, rewards). */
    private final RenderedQuery withMembershipsByCurrentCard;

    public PassholderRepository(DSLContext db, Clock clock, RenderedQueries queries) {
        this.db = db;
        this.clock = clock;
        this.withMembershipsByCurrentCard = withMembershipsByCurrentCard(queries);
    }

    public Optional<PassholderRow> find(UUID id) {
        return db.selectFrom(PASSHOLDER)
                .where(PASSHOLDER.ID.eq(id))
                .and(PASSHOLDER.DELETED_AT.isNull())
                .fetchOptional(PassholderRepository::toRow);
    }

    /** Existing passholders by id, in the given order. */
    public Map<UUID, PassholderRow> findAll(Collection<UUID> ids) {
        Map<UUID, PassholderRow> rows = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        Map<UUID, PassholderRow> found = db
                .selectFrom(PASSHOLDER)
                .where(PASSHOLDER.ID.in(ids))
                .and(PASSHOLDER.DELETED_AT.isNull())
                .fetch()
                .stream()
                .collect(Collectors.toMap(PassholderRecord::getId, PassholderRepository::toRow));
        ids.forEach(id -> {
            if (found.containsKey(id)) {
                rows.put(id, found.get(id));
            }
        });
        return rows;
    }

    public Optional<UUID> idByInsz(String inszNumber) {
        return db.select(PASSHOLDER.ID)
                .from(PASSHOLDER)
                .where(PASSHOLDER.INSZ_NUMBER.eq(inszNumber))
                .and(PASSHOLDER.DELETED_AT.isNull())
                .fetchOptional(PASSHOLDER.ID);
    }

    public boolean inszUsed(String inszNumber) {
        return db.fetchExists(PASSHOLDER, PASSHOLDER.INSZ_NUMBER.eq(inszNumber));
    }

    /** A passholder and all their memberships, oldest first. */
    public record WithMemberships(PassholderRow passholder, List<MembershipRow> memberships) {}

    /**
     * The passholder whose current card in some card system has this number, with all their memberships, in one
     * query (the lookup of every scan at a counter).
     */
    public Optional<WithMemberships> findWithMembershipsByCurrentCard(String uitpasNumber) {
        List<Map.Entry<PassholderRow, MembershipRow>> rows = withMembershipsByCurrentCard
                .bind()
                .set(CURRENT_CARD, uitpasNumber)
                .fetch(r -> Map.entry(toRow(r, 0), toMembership(r, MEMBERSHIP_AFTER_PASSHOLDER)));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WithMemberships(
                rows.get(0).getKey(), rows.stream().map(Map.Entry::getValue).toList()));
    }

    private static RenderedQuery withMembershipsByCurrentCard(RenderedQueries queries) {
        DSLContext db = queries.dsl();
        var byCard = PASSHOLDER_MEMBERSHIP.as("by_card");
        return queries.of(db.select(PASSHOLDER.fields())
                .select(PASSHOLDER_MEMBERSHIP.fields())
                .from(byCard)
                .join(PASSHOLDER)
                .on(PASSHOLDER.ID.eq(byCard.PASSHOLDER_ID))
                .join(PASSHOLDER_MEMBERSHIP)
                .on(PASSHOLDER_MEMBERSHIP.PASSHOLDER_ID.eq(PASSHOLDER.ID))
                .where(byCard.CURRENT_CARD.eq(CURRENT_CARD))
                .and(PASSHOLDER.DELETED_AT.isNull())
                .orderBy(PASSHOLDER_MEMBERSHIP.JOINED_AT, PASSHOLDER_MEMBERSHIP.CARD_SYSTEM_ID));
    }

    /** The card number of {@link #withMembershipsByCurrentCard}. */
    private static final Param<String> CURRENT_CARD = DSL.param("card", String.class);

    /** The passholder who ever held this card (current or earlier). */
    public Optional<UUID> idByAnyCard(String uitpasNumber) {
        return db.select(PASSHOLDER_CARD_HISTORY.PASSHOLDER_ID)
                .from(PASSHOLDER_CARD_HISTORY)
                .join(PASSHOLDER)
                .on(PASSHOLDER.ID.eq(PASSHOLDER_CARD_HISTORY.PASSHOLDER_ID))
                .where(PASSHOLDER_CARD_HISTORY.UITPAS_NUMBER.eq(uitpasNumber))
                .and(PASSHOLDER.DELETED_AT.isNull())
                .orderBy(PASSHOLDER_CARD_HISTORY.FROM_AT.desc())
                .limit(1)
                .fetchOptional(PASSHOLDER_CARD_HISTORY.PASSHOLDER_ID);
    }

    public void insert(PassholderRow row) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        PassholderRecord record = db.newRecord(PASSHOLDER);
        fill(record, row);
        record.setId(row.id());
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        db.executeInsert(record);
    }

    public void update(PassholderRow row) {
        PassholderRecord record = db.fetchSingle(PASSHOLDER, PASSHOLDER.ID.eq(row.id()));
        fill(record, row);
        record.setUpdatedAt(OffsetDateTime.now(clock));
        db.executeUpdate(record);
    }

    public void setSchool(UUID passholderId, UUID schoolId) {
        db.update(PASSHOLDER)
                .set(PASSHOLDER.SCHOOL_ID, schoolId)
                .set(PASSHOLDER.UPDATED_AT, OffsetDateTime.now(clock))
                .where(PASSHOLDER.ID.eq(passholderId))
                .execute();
    }

    /**
     * GDPR erasure: the personal data goes, the row stays (anonymised) for the history that financial reports and
     * statistics need. Kept: id, postal code and city (the paying municipality), birth year (age groups), creation
     * date. See docs/privacy.md.
     */
    public void anonymise(UUID id) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        db.update(PASSHOLDER)
                .set(PASSHOLDER.NAME, (String) null)
                .set(PASSHOLDER.FIRST_NAME, (String) null)
                .set(PASSHOLDER.SEARCH_NAME, (String) null)
                .set(PASSHOLDER.SEARCH_FIRST_NAME, (String) null)
                .set(PASSHOLDER.INSZ_NUMBER, (String) null)
                .set(PASSHOLDER.DATE_OF_BIRTH, (LocalDate) null)
                .set(PASSHOLDER.GENDER, (String) null)
                .set(PASSHOLDER.STREET, (String) null)
                .set(PASSHOLDER.EMAIL, (String) null)
                .set(PASSHOLDER.PHONE_NUMBER, (String) null)
                .set(PASSHOLDER.NATIONALITY, (String) null)
                .set(PASSHOLDER.UITID_ID, (String) null)
                .set(PASSHOLDER.SCHOOL_ID, (UUID) null)
                .set(PASSHOLDER.OPT_IN_SERVICE_MAILS, false)
                .set(PASSHOLDER.OPT_IN_MILESTONE_MAILS, false)
                .set(PASSHOLDER.OPT_IN_INFO_MAILS, false)
                .set(PASSHOLDER.OPT_IN_SMS, false)
                .set(PASSHOLDER.OPT_IN_POST, false)
                .set(PASSHOLDER.DELETED_AT, now)
                .set(PASSHOLDER.UPDATED_AT, now)
                .where(PASSHOLDER.ID.eq(id))
                .execute();
        db.update(PASSHOLDER_MEMBERSHIP)
                .set(PASSHOLDER_MEMBERSHIP.SOCIAL_TARIFF_REMARKS, (String) null)
                .set(PASSHOLDER_MEMBERSHIP.STATUS, MembershipStatus.BLOCKED.name())
                .where(PASSHOLDER_MEMBERSHIP.PASSHOLDER_ID.eq(id))
                .execute();
    }

    /** The passholders matching a search, sorted by name; null filters are not applied. */
    public Page<UUID> search(PassholderFilter filter, PageRequest page) {
        Condition condition = PASSHOLDER.DELETED_AT.isNull();
        if (filter.inszNumber() != null) {
            condition = condition.and(PASSHOLDER.INSZ_NUMBER.eq(filter.inszNumber()));
        }
        if (filter.uitpasNumber() != null) {
            condition = condition.and(PASSHOLDER.ID.in(DSL.select(PASSHOLDER_MEMBERSHIP.PASSHOLDER_ID)
                    .from(PASSHOLDER_MEMBERSHIP)
                    .where(PASSHOLDER_MEMBERSHIP.CURRENT_CARD.eq(filter.uitpasNumber()))));
        }
        if (filter.name() != null) {
            condition = condition.and(PASSHOLDER.SEARCH_NAME.like(SearchNames.likePattern(filter.name()), '!'));
        }
        if (filter.firstName() != null) {
            condition =
                    condition.and(PASSHOLDER.SEARCH_FIRST_NAME.like(SearchNames.likePattern(filter.firstName()), '!'));
        }
        if (filter.dateOfBirthFrom() != null) {
            condition = condition.and(PASSHOLDER.DATE_OF_BIRTH.ge(filter.dateOfBirthFrom()));
        }
        if (filter.dateOfBirthTo() != null) {
            condition = condition.and(PASSHOLDER.DATE_OF_BIRTH.le(filter.dateOfBirthTo()));
        }
        if (filter.anySchool()) {
            condition = condition.and(PASSHOLDER.SCHOOL_ID.isNotNull());
        } else if (filter.schoolId() != null) {
            condition = condition.and(PASSHOLDER.SCHOOL_ID.eq(filter.schoolId()));
        }
        if (filter.uitidId() != null) {
            condition = condition.and(PASSHOLDER.UITID_ID.eq(filter.uitidId()));
        }
        if (filter.cardSystemIds() != null) {
            condition = condition.and(
                    filter.cardSystemIds().isEmpty()
                            ? DSL.falseCondition()
                            : PASSHOLDER.ID.in(DSL.select(PASSHOLDER_MEMBERSHIP.PASSHOLDER_ID)
                                    .from(PASSHOLDER_MEMBERSHIP)
                                    .where(PASSHOLDER_MEMBERSHIP.CARD_SYSTEM_ID.in(filter.cardSystemIds()))));
        }
        int total = db.fetchCount(PASSHOLDER, condition);
        List<UUID> ids = db.select(PASSHOLDER.ID)
                .from(PASSHOLDER)
                .where(condition)
                .orderBy(
                        filter.descending() ? PASSHOLDER.SEARCH_NAME.desc() : PASSHOLDER.SEARCH_NAME.asc(),
                        filter.descending() ? PASSHOLDER.SEARCH_FIRST_NAME.desc() : PASSHOLDER.SEARCH_FIRST_NAME.asc(),
                        PASSHOLDER.ID)
                .limit(page.limit())
                .offset(page.start())
                .fetch(PASSHOLDER.ID);
        return new Page<>(total, ids);
    }

    /** Search criteria; {@code cardSystemIds} null means every card system. */
    public record PassholderFilter(
            String inszNumber,
            String uitpasNumber,
            String name,
            String firstName,
            LocalDate dateOfBirthFrom,
            LocalDate dateOfBirthTo,
            UUID schoolId,
            boolean anySchool,
            String uitidId,
            Set<Integer> cardSystemIds,
            boolean descending) {}

    // memberships

    public Map<UUID, List<MembershipRow>> memberships(Collection<UUID> passholderIds) {
        if (passholderIds.isEmpty()) {
            return Map.of();
        }
        return db
                .selectFrom(PASSHOLDER_MEMBERSHIP)
                .where(PASSHOLDER_MEMBERSHIP.PASSHOLDER_ID.in(passholderIds))
                .orderBy(PASSHOLDER_MEMBERSHIP.JOINED_AT, PASSHOLDER_MEMBERSHIP.CARD_SYSTEM_ID)
                .fetch()
                .stream()
                .map(PassholderRepository::toMembership)
                .collect(Collectors.groupingBy(MembershipRow::passholderId, LinkedHashMap::new, Collectors.toList()));
    }

    public void insertMembership(MembershipRow row) {
        db.insertInto(PASSHOLDER_MEMBERSHIP)
                .set(PASSHOLDER_MEMBERSHIP.PASSHOLDER_ID, row.passholderId())
                .set(PASSHOLDER_MEMBERSHIP.CARD_SYSTEM_ID, row.cardSystemId())
                .set(PASSHOLDER_MEMBERSHIP.STATUS, row.status().name())
                .set(PASSHOLDER_MEMBERSHIP.CURRENT_CARD, row.currentCard())
                .set(PASSHOLDER_MEMBERSHIP.SOCIAL_TARIFF_END_DATE, row.socialTariffEndDate())
                .set(PASSHOLDER_MEMBERSHIP.SOCIAL_TARIFF_SUSPENDED_UNTIL, row.socialTariffSuspendedUntil())
                .set(PASSHOLDER_MEMBERSHIP.SOCIAL_TARIFF_REMARKS, row.socialTariffRemarks())
                .set(PASSHOLDER_MEMBERSHIP.PRICE_PAID, row.pricePaid())
                .set(PASSHOLDER_MEMBERSHIP.JOINED_AT, row.joinedAt())
                .execute();
    }

    public void updateMembership(MembershipRow row) {
        db.update(PASSHOLDER_MEMBERSHIP)
                .set(PASSHOLDER_MEMBERSHIP.STATUS, row.status().name())
                .set(PASSHOLDER_MEMBERSHIP.CURRENT_CARD, row.currentCard())
                .set(PASSHOLDER_MEMBERSHIP.SOCIAL_TARIFF_END_DATE, row.socialTariffEndDate())
                .set(PASSHOLDER_MEMBERSHIP.SOCIAL_TARIFF_SUSPENDED_UNTIL, row.socialTariffSuspendedUntil())
                .set(PASSHOLDER_MEMBERSHIP.SOCIAL_TARIFF_REMARKS, row.socialTariffRemarks())
                .where(PASSHOLDER_MEMBERSHIP.PASSHOLDER_ID.eq(row.passholderId()))
                .and(PASSHOLDER_MEMBERSHIP.CARD_SYSTEM_ID.eq(row.cardSystemId()))
                .execute();
    }

    /** Memberships of a card system with a current card and a kansenstatuut that may still be valid on a day. */
    public List<MembershipRow> socialTariffMemberships(int cardSystemId, LocalDate endedNoEarlierThan) {
        return db.selectFrom(PASSHOLDER_MEMBERSHIP)
                .where(PASSHOLDER_MEMBERSHIP.CARD_SYSTEM_ID.eq(cardSystemId))
                .and(PASSHOLDER_MEMBERSHIP.STATUS.eq(MembershipStatus.ACTIVE.name()))
                .and(PASSHOLDER_MEMBERSHIP.CURRENT_CARD.isNotNull())
                .and(PASSHOLDER_MEMBERSHIP.SOCIAL_TARIFF_END_DATE.ge(endedNoEarlierThan))
                .orderBy(PASSHOLDER_MEMBERSHIP.CURRENT_CARD)
                .fetch(PassholderRepository::toMembership);
    }

    // card history

    public void openCardHistory(UUID passholderId, int cardSystemId, String uitpasNumber, String reason) {
        db.insertInto(PASSHOLDER_CARD_HISTORY)
                .set(PASSHOLDER_CARD_HISTORY.PASSHOLDER_ID, passholderId)
                .set(PASSHOLDER_CARD_HISTORY.CARD_SYSTEM_ID, cardSystemId)
                .set(PASSHOLDER_CARD_HISTORY.UITPAS_NUMBER, uitpasNumber)
                .set(PASSHOLDER_CARD_HISTORY.REASON, reason)
                .set(PASSHOLDER_CARD_HISTORY.FROM_AT, OffsetDateTime.now(clock))
                .execute();
    }

    public void closeCardHistory(String uitpasNumber) {
        db.update(PASSHOLDER_CARD_HISTORY)
                .set(PASSHOLDER_CARD_HISTORY.UNTIL_AT, OffsetDateTime.now(clock))
                .where(PASSHOLDER_CARD_HISTORY.UITPAS_NUMBER.eq(uitpasNumber))
                .and(PASSHOLDER_CARD_HISTORY.UNTIL_AT.isNull())
                .execute();
    }

    public record CardHistoryRow(
            int cardSystemId, String uitpasNumber, String reason, OffsetDateTime from, OffsetDateTime until) {}

    public List<CardHistoryRow> cardHistory(UUID passholderId) {
        return db.selectFrom(PASSHOLDER_CARD_HISTORY)
                .where(PASSHOLDER_CARD_HISTORY.PASSHOLDER_ID.eq(passholderId))
                .orderBy(PASSHOLDER_CARD_HISTORY.FROM_AT, PASSHOLDER_CARD_HISTORY.ID)
                .fetch(r -> new CardHistoryRow(
                        r.getCardSystemId(), r.getUitpasNumber(), r.getReason(), r.getFromAt(), r.getUntilAt()));
    }

    private static void fill(PassholderRecord record, PassholderRow row) {
        record.setName(row.name());
        record.setFirstName(row.firstName());
        record.setSearchName(SearchNames.normalise(row.name()));
        record.setSearchFirstName(SearchNames.normalise(row.firstName()));
        record.setInszNumber(row.inszNumber());
        record.setDateOfBirth(row.dateOfBirth());
        record.setBirthYear(row.dateOfBirth() == null ? null : row.dateOfBirth().getYear());
        record.setGender(row.gender() == null ? null : row.gender().name());
        record.setStreet(row.address().street());
        record.setPostalCode(row.address().postalCode());
        record.setCity(row.address().city());
        record.setCountry(row.address().country());
        record.setEmail(row.email());
        record.setPhoneNumber(row.phoneNumber());
        record.setNationality(row.nationality());
        record.setOptInServiceMails(row.optIns().serviceMails());
        record.setOptInMilestoneMails(row.optIns().milestoneMails());
        record.setOptInInfoMails(row.optIns().infoMails());
        record.setOptInSms(row.optIns().sms());
        record.setOptInPost(row.optIns().post());
        record.setParentalConsent(row.parentalConsent());
        record.setLegalTermsPaper(row.legalTermsPaper());
        record.setLegalTermsDigital(row.legalTermsDigital());
        record.setRegistrationOrganizerId(row.registrationOrganizerId());
        record.setSchoolId(row.schoolId());
    }

    private static PassholderRow toRow(PassholderRecord r) {
        return toRow(Row.of(r), 0);
    }

    /** A passholder from the columns of {@code PASSHOLDER.fields()} starting at {@code at}. */
    private static PassholderRow toRow(Row r, int at) {
        String gender = r.get(at + P_GENDER, String.class);
        return new PassholderRow(
                r.get(at + P_ID, UUID.class),
                r.get(at + P_NAME, String.class),
                r.get(at + P_FIRST_NAME, String.class),
                r.get(at + P_INSZ_NUMBER, String.class),
                r.get(at + P_DATE_OF_BIRTH, LocalDate.class),
                gender == null ? null : Gender.valueOf(gender),
                new PassholderAddress(
                        r.get(at + P_STREET, String.class),
                        r.get(at + P_POSTAL_CODE, String.class),
                        r.get(at + P_CITY, String.class),
                        r.get(at + P_COUNTRY, String.class)),
                r.get(at + P_EMAIL, String.class),
                r.get(at + P_PHONE_NUMBER, String.class),
                r.get(at + P_NATIONALITY, String.class),
                new OptInPreferences(
                        r.get(at + P_OPT_IN_SERVICE_MAILS, Boolean.class),
                        r.get(at + P_OPT_IN_MILESTONE_MAILS, Boolean.class),
                        r.get(at + P_OPT_IN_INFO_MAILS, Boolean.class),
                        r.get(at + P_OPT_IN_SMS, Boolean.class),
                        r.get(at + P_OPT_IN_POST, Boolean.class)),
                r.get(at + P_PARENTAL_CONSENT, Boolean.class),
                r.get(at + P_LEGAL_TERMS_PAPER, Boolean.class),
                r.get(at + P_LEGAL_TERMS_DIGITAL, Boolean.class),
                r.get(at + P_REGISTRATION_ORGANIZER_ID, UUID.class),
                r.get(at + P_SCHOOL_ID, UUID.class),
                r.get(at + P_CREATED_AT, OffsetDateTime.class));
    }

    private static MembershipRow toMembership(PassholderMembershipRecord r) {
        return toMembership(Row.of(r), 0);
    }

    /** A membership from the columns of {@code PASSHOLDER_MEMBERSHIP.fields()} starting at {@code at}. */
    private static MembershipRow toMembership(Row r, int at) {
        return new MembershipRow(
                r.get(at + M_PASSHOLDER_ID, UUID.class),
                r.get(at + M_CARD_SYSTEM_ID, Integer.class),
                MembershipStatus.valueOf(r.get(at + M_STATUS, String.class)),
                r.get(at + M_CURRENT_CARD, String.class),
                r.get(at + M_SOCIAL_TARIFF_END_DATE, LocalDate.class),
                r.get(at + M_SOCIAL_TARIFF_SUSPENDED_UNTIL, LocalDate.class),
                r.get(at + M_SOCIAL_TARIFF_REMARKS, String.class),
                r.get(at + M_PRICE_PAID, BigDecimal.class),
                r.get(at + M_JOINED_AT, OffsetDateTime.class));
    }
}

package be.openpas.cardsystem.internal.persistence;

import static be.openpas.cardsystem.internal.persistence.jooq.Tables.CARD_SYSTEM;
import static be.openpas.cardsystem.internal.persistence.jooq.Tables.CARD_SYSTEM_CITY;

import be.openpas.cardsystem.Branding;
import be.openpas.cardsystem.CardSystemCity;
import be.openpas.cardsystem.CardSystemCommand;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.FamilySettings;
import be.openpas.cardsystem.LoyaltySettings;
import be.openpas.cardsystem.SocialTariffSettings;
import be.openpas.cardsystem.internal.persistence.jooq.tables.records.CardSystemCityRecord;
import be.openpas.cardsystem.internal.persistence.jooq.tables.records.CardSystemRecord;
import java.time.Clock;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class CardSystemRepository {

    private final DSLContext db;
    private final Clock clock;

    public CardSystemRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public boolean exists(int id) {
        return db.fetchExists(CARD_SYSTEM, CARD_SYSTEM.ID.eq(id));
    }

    public Optional<Integer> idOfName(String name) {
        return db.select(CARD_SYSTEM.ID)
                .from(CARD_SYSTEM)
                .where(DSL.lower(CARD_SYSTEM.NAME).eq(name.toLowerCase(java.util.Locale.ROOT)))
                .fetchOptional(CARD_SYSTEM.ID);
    }

    public int nextId() {
        Integer max = db.select(DSL.max(CARD_SYSTEM.ID)).from(CARD_SYSTEM).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    public Optional<CardSystemView> find(int id) {
        return db.selectFrom(CARD_SYSTEM)
                .where(CARD_SYSTEM.ID.eq(id))
                .fetchOptional()
                .map(record -> toView(
                        record,
                        db.selectFrom(CARD_SYSTEM_CITY)
                                .where(CARD_SYSTEM_CITY.CARD_SYSTEM_ID.eq(id))
                                .orderBy(CARD_SYSTEM_CITY.POSTAL_CODE, CARD_SYSTEM_CITY.NAME)
                                .fetch()));
    }

    public List<CardSystemView> all() {
        return where(DSL.trueCondition(), DSL.trueCondition());
    }

    /** These card systems (those that exist), by id. */
    public List<CardSystemView> byIds(Collection<Integer> ids) {
        return ids.isEmpty() ? List.of() : where(CARD_SYSTEM.ID.in(ids), CARD_SYSTEM_CITY.CARD_SYSTEM_ID.in(ids));
    }

    private List<CardSystemView> where(Condition systems, Condition cities) {
        Map<Integer, List<CardSystemCityRecord>> citiesBySystem = db
                .selectFrom(CARD_SYSTEM_CITY)
                .where(cities)
                .orderBy(CARD_SYSTEM_CITY.POSTAL_CODE, CARD_SYSTEM_CITY.NAME)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(CardSystemCityRecord::getCardSystemId));
        return db.selectFrom(CARD_SYSTEM).where(systems).orderBy(CARD_SYSTEM.ID).fetch().stream()
                .map(record -> toView(record, citiesBySystem.getOrDefault(record.getId(), List.of())))
                .toList();
    }

    public void insert(CardSystemCommand command) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        CardSystemRecord record = db.newRecord(CARD_SYSTEM);
        fill(record, command);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        db.executeInsert(record);
        insertCities(command);
    }

    public void update(CardSystemCommand command) {
        CardSystemRecord record = db.fetchSingle(CARD_SYSTEM, CARD_SYSTEM.ID.eq(command.id()));
        fill(record, command);
        record.setUpdatedAt(OffsetDateTime.now(clock));
        db.executeUpdate(record);
        db.deleteFrom(CARD_SYSTEM_CITY)
                .where(CARD_SYSTEM_CITY.CARD_SYSTEM_ID.eq(command.id()))
                .execute();
        insertCities(command);
    }

    public void delete(int id) {
        db.deleteFrom(CARD_SYSTEM).where(CARD_SYSTEM.ID.eq(id)).execute();
    }

    private void insertCities(CardSystemCommand command) {
        for (CardSystemCity city : command.cities()) {
            db.insertInto(CARD_SYSTEM_CITY)
                    .set(CARD_SYSTEM_CITY.CARD_SYSTEM_ID, command.id())
                    .set(CARD_SYSTEM_CITY.POSTAL_CODE, city.postalCode())
                    .set(CARD_SYSTEM_CITY.NAME, city.name())
                    .set(CARD_SYSTEM_CITY.ALLOWS_CARDLESS_REGISTRATION, city.allowsCardlessRegistration())
                    .set(CARD_SYSTEM_CITY.CONTACT_EMAIL, city.contactEmail())
                    .execute();
        }
    }

    private static void fill(CardSystemRecord record, CardSystemCommand command) {
        MonthDay endDate = command.socialTariff().defaultEndMonthDay();
        record.setId(command.id());
        record.setName(command.name());
        record.setPermanent(command.permanent());
        record.setLogoUrl(command.branding().logo());
        record.setPrimaryColor(command.branding().primaryColor());
        record.setSecondaryColor(command.branding().secondaryColor());
        record.setWebsiteUrl(command.links().website());
        record.setCardlessRegistrationType(command.cardlessRegistrationType());
        record.setSocialTariffInfo(command.socialTariffInfo());
        record.setContactEmail(command.contactEmail());
        record.setSocialTariffGraceDays(command.socialTariff().gracePeriodDays());
        record.setSocialTariffEndMonth(endDate.getMonthValue());
        record.setSocialTariffEndDay(endDate.getDayOfMonth());
        record.setFamilyMaxMembers(command.family().maxMembers());
        record.setFamilyMaxAdults(command.family().maxAdults());
        record.setCheckinMinutesBefore(command.loyalty().checkinMinutesBefore());
        record.setCheckinMinutesAfter(command.loyalty().checkinMinutesAfter());
        record.setWelcomePoints(command.loyalty().welcomePoints());
    }

    private static CardSystemView toView(CardSystemRecord r, List<CardSystemCityRecord> cities) {
        return new CardSystemView(
                r.getId(),
                r.getName(),
                r.getPermanent(),
                new Branding(r.getLogoUrl(), r.getPrimaryColor(), r.getSecondaryColor()),
                r.getWebsiteUrl(),
                r.getCardlessRegistrationType(),
                r.getSocialTariffInfo(),
                r.getContactEmail(),
                new SocialTariffSettings(
                        r.getSocialTariffGraceDays(),
                        "%02d-%02d".formatted(r.getSocialTariffEndMonth(), r.getSocialTariffEndDay())),
                new FamilySettings(r.getFamilyMaxMembers(), r.getFamilyMaxAdults()),
                new LoyaltySettings(r.getCheckinMinutesBefore(), r.getCheckinMinutesAfter(), r.getWelcomePoints()),
                cities.stream()
                        .map(c -> new CardSystemCity(
                                c.getPostalCode(), c.getName(), c.getAllowsCardlessRegistration(), c.getContactEmail()))
                        .toList());
    }
}

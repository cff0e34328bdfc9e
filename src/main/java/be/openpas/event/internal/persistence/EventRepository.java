package be.openpas.event.internal.persistence;

import static be.openpas.event.internal.persistence.jooq.Tables.EVENT;
import static be.openpas.event.internal.persistence.jooq.Tables.EVENT_LABEL;
import static be.openpas.event.internal.persistence.jooq.Tables.EVENT_OPENING_HOURS;
import static be.openpas.event.internal.persistence.jooq.Tables.EVENT_PRICE;
import static be.openpas.event.internal.persistence.jooq.Tables.EVENT_SUB_EVENT;
import static be.openpas.event.internal.persistence.jooq.Tables.EVENT_TERM;
import static be.openpas.event.internal.persistence.jooq.Tables.EVENT_TEXT;

import be.openpas.event.EventCalendar;
import be.openpas.event.EventCalendar.OpeningHours;
import be.openpas.event.EventCalendar.TimeSlot;
import be.openpas.event.EventCommand;
import be.openpas.event.EventDetails.AgeRange;
import be.openpas.event.EventDetails.Booking;
import be.openpas.event.EventDetails.Term;
import be.openpas.event.EventLocation;
import be.openpas.event.EventQuery;
import be.openpas.event.EventView;
import be.openpas.event.PriceCategory;
import be.openpas.event.internal.persistence.jooq.tables.records.EventRecord;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.time.ClockConfiguration;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class EventRepository {

    private final DSLContext db;
    private final Clock clock;

    public EventRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public boolean exists(UUID id) {
        return db.fetchExists(EVENT, EVENT.ID.eq(id));
    }

    /** Ids of matching events, soonest first (permanent events last), then by id. */
    public Page<UUID> search(EventQuery query, Set<UUID> organizerIds, PageRequest page) {
        Condition condition = DSL.noCondition();
        if (query.organizerId() != null) {
            condition = condition.and(EVENT.ORGANIZER_ID.eq(query.organizerId()));
        }
        if (organizerIds != null) {
            condition =
                    condition.and(organizerIds.isEmpty() ? DSL.falseCondition() : EVENT.ORGANIZER_ID.in(organizerIds));
        }
        if (query.from() != null) {
            condition = condition.and(EVENT.END_AT.isNull().or(EVENT.END_AT.ge(query.from())));
        }
        if (query.to() != null) {
            condition = condition.and(EVENT.START_AT.isNull().or(EVENT.START_AT.le(query.to())));
        }
        if (query.text() != null && !query.text().isBlank()) {
            condition = condition.and(DSL.exists(DSL.selectOne()
                    .from(EVENT_TEXT)
                    .where(EVENT_TEXT.EVENT_ID.eq(EVENT.ID))
                    .and(EVENT_TEXT.NAME.containsIgnoreCase(query.text().trim()))));
        }
        int total = db.fetchCount(EVENT, condition);
        List<UUID> ids = db.select(EVENT.ID)
                .from(EVENT)
                .where(condition)
                .orderBy(EVENT.START_AT.asc().nullsLast(), EVENT.ID)
                .limit(page.limit())
                .offset(page.start())
                .fetch(EVENT.ID);
        return new Page<>(total, ids);
    }

    /** Ids of the events of these organizers or at these places between two moments, soonest first, then by id. */
    public List<UUID> ofOrganizersOrPlaces(
            Collection<UUID> organizerIds, Collection<UUID> placeIds, OffsetDateTime from, OffsetDateTime to, int max) {
        Condition whose = DSL.falseCondition();
        if (!organizerIds.isEmpty()) {
            whose = whose.or(EVENT.ORGANIZER_ID.in(organizerIds));
        }
        if (!placeIds.isEmpty()) {
            whose = whose.or(EVENT.LOCATION_ID.in(placeIds));
        }
        return db.select(EVENT.ID)
                .from(EVENT)
                .where(whose)
                .and(EVENT.END_AT.isNull().or(EVENT.END_AT.ge(from)))
                .and(EVENT.START_AT.isNull().or(EVENT.START_AT.le(to)))
                .orderBy(EVENT.START_AT.asc().nullsLast(), EVENT.ID)
                .limit(max)
                .fetch(EVENT.ID);
    }

    /** The events with these ids, in the given order, not yet flagged as UiTPAS events. */
    public Map<UUID, EventView> byIds(Collection<UUID> ids) {
        Map<UUID, EventView> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        Map<UUID, EventRecord> events =
                db.selectFrom(EVENT).where(EVENT.ID.in(ids)).fetchMap(EVENT.ID);
        Map<UUID, List<Record>> texts = group(
                db.selectFrom(EVENT_TEXT).where(EVENT_TEXT.EVENT_ID.in(ids)).fetch(), EVENT_TEXT.EVENT_ID);
        Map<UUID, List<Record>> slots = group(
                db.selectFrom(EVENT_SUB_EVENT)
                        .where(EVENT_SUB_EVENT.EVENT_ID.in(ids))
                        .orderBy(EVENT_SUB_EVENT.POSITION)
                        .fetch(),
                EVENT_SUB_EVENT.EVENT_ID);
        Map<UUID, List<Record>> hours = group(
                db.selectFrom(EVENT_OPENING_HOURS)
                        .where(EVENT_OPENING_HOURS.EVENT_ID.in(ids))
                        .orderBy(EVENT_OPENING_HOURS.POSITION)
                        .fetch(),
                EVENT_OPENING_HOURS.EVENT_ID);
        Map<UUID, List<Record>> prices = group(
                db.selectFrom(EVENT_PRICE)
                        .where(EVENT_PRICE.EVENT_ID.in(ids))
                        .orderBy(EVENT_PRICE.POSITION)
                        .fetch(),
                EVENT_PRICE.EVENT_ID);
        Map<UUID, List<Record>> terms = group(
                db.selectFrom(EVENT_TERM)
                        .where(EVENT_TERM.EVENT_ID.in(ids))
                        .orderBy(EVENT_TERM.TERM_ID)
                        .fetch(),
                EVENT_TERM.EVENT_ID);
        Map<UUID, List<Record>> labels = group(
                db.selectFrom(EVENT_LABEL)
                        .where(EVENT_LABEL.EVENT_ID.in(ids))
                        .orderBy(EVENT_LABEL.LABEL)
                        .fetch(),
                EVENT_LABEL.EVENT_ID);
        for (UUID id : ids) {
            EventRecord e = events.get(id);
            if (e == null) {
                continue;
            }
            Map<String, String> name = new TreeMap<>();
            Map<String, String> description = new TreeMap<>();
            for (Record text : texts.getOrDefault(id, List.of())) {
                name.put(text.get(EVENT_TEXT.LANGUAGE), text.get(EVENT_TEXT.NAME));
                if (text.get(EVENT_TEXT.DESCRIPTION) != null) {
                    description.put(text.get(EVENT_TEXT.LANGUAGE), text.get(EVENT_TEXT.DESCRIPTION));
                }
            }
            EventCalendar calendar = new EventCalendar(
                    e.getCalendarType(),
                    local(e.getStartAt()),
                    local(e.getEndAt()),
                    slots.getOrDefault(id, List.of()).stream()
                            .map(r -> new TimeSlot(
                                    local(r.get(EVENT_SUB_EVENT.START_AT)), local(r.get(EVENT_SUB_EVENT.END_AT))))
                            .toList(),
                    hours.getOrDefault(id, List.of()).stream()
                            .map(r -> new OpeningHours(
                                    Arrays.stream(r.get(EVENT_OPENING_HOURS.DAYS_OF_WEEK)
                                                    .split(","))
                                            .map(day -> DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)))
                                            .toList(),
                                    r.get(EVENT_OPENING_HOURS.OPENS),
                                    r.get(EVENT_OPENING_HOURS.CLOSES)))
                            .toList());
            EventLocation location =
                    e.getLocationName() == null && e.getLocationPostalCode() == null && e.getLocationId() == null
                            ? null
                            : new EventLocation(
                                    e.getLocationId(),
                                    e.getLocationName(),
                                    new EventLocation.Address(
                                            e.getLocationStreet(),
                                            e.getLocationPostalCode(),
                                            e.getLocationCity(),
                                            e.getLocationCountry()),
                                    e.getLocationLatitude(),
                                    e.getLocationLongitude());
            List<PriceCategory> priceInfo = prices.getOrDefault(id, List.of()).stream()
                    .map(r -> {
                        Map<String, String> priceName = new TreeMap<>();
                        priceName.put("nl", r.get(EVENT_PRICE.NAME_NL));
                        putIfPresent(priceName, "fr", r.get(EVENT_PRICE.NAME_FR));
                        putIfPresent(priceName, "en", r.get(EVENT_PRICE.NAME_EN));
                        putIfPresent(priceName, "de", r.get(EVENT_PRICE.NAME_DE));
                        return new PriceCategory(r.get(EVENT_PRICE.CATEGORY), priceName, r.get(EVENT_PRICE.PRICE));
                    })
                    .toList();
            Booking booking = e.getBookingUrl() == null
                            && e.getBookingPhone() == null
                            && e.getBookingEmail() == null
                            && !e.getRegistrationRequired()
                            && e.getCapacity() == null
                    ? null
                    : new Booking(
                            e.getBookingUrl(),
                            e.getBookingPhone(),
                            e.getBookingEmail(),
                            e.getRegistrationRequired(),
                            e.getCapacity());
            AgeRange ageRange =
                    e.getMinAge() == null && e.getMaxAge() == null ? null : new AgeRange(e.getMinAge(), e.getMaxAge());
            result.put(
                    id,
                    new EventView(
                            id,
                            name,
                            description,
                            e.getOrganizerId(),
                            calendar,
                            location,
                            priceInfo,
                            e.getAudienceType(),
                            terms.getOrDefault(id, List.of()).stream()
                                    .map(r -> new Term(
                                            r.get(EVENT_TERM.TERM_ID),
                                            r.get(EVENT_TERM.LABEL),
                                            r.get(EVENT_TERM.DOMAIN)))
                                    .toList(),
                            labels.getOrDefault(id, List.of()).stream()
                                    .map(r -> r.get(EVENT_LABEL.LABEL))
                                    .toList(),
                            booking,
                            ageRange,
                            e.getStatus(),
                            false));
        }
        return result;
    }

    public void insert(EventCommand command) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        EventRecord record = db.newRecord(EVENT);
        fill(record, command);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        db.executeInsert(record);
        insertChildren(command);
    }

    public void update(EventCommand command) {
        EventRecord record = db.fetchSingle(EVENT, EVENT.ID.eq(command.id()));
        fill(record, command);
        record.setUpdatedAt(OffsetDateTime.now(clock));
        db.executeUpdate(record);
        deleteChildren(command.id());
        insertChildren(command);
    }

    public void delete(UUID id) {
        db.deleteFrom(EVENT).where(EVENT.ID.eq(id)).execute();
    }

    private void deleteChildren(UUID id) {
        db.deleteFrom(EVENT_TEXT).where(EVENT_TEXT.EVENT_ID.eq(id)).execute();
        db.deleteFrom(EVENT_SUB_EVENT).where(EVENT_SUB_EVENT.EVENT_ID.eq(id)).execute();
        db.deleteFrom(EVENT_OPENING_HOURS)
                .where(EVENT_OPENING_HOURS.EVENT_ID.eq(id))
                .execute();
        db.deleteFrom(EVENT_PRICE).where(EVENT_PRICE.EVENT_ID.eq(id)).execute();
        db.deleteFrom(EVENT_TERM).where(EVENT_TERM.EVENT_ID.eq(id)).execute();
        db.deleteFrom(EVENT_LABEL).where(EVENT_LABEL.EVENT_ID.eq(id)).execute();
    }

    private void insertChildren(EventCommand command) {
        UUID id = command.id();
        for (Map.Entry<String, String> name : command.name().entrySet()) {
            db.insertInto(EVENT_TEXT)
                    .set(EVENT_TEXT.EVENT_ID, id)
                    .set(EVENT_TEXT.LANGUAGE, name.getKey())
                    .set(EVENT_TEXT.NAME, name.getValue())
                    .set(EVENT_TEXT.DESCRIPTION, command.description().get(name.getKey()))
                    .execute();
        }
        List<TimeSlot> slots = command.calendar().subEvents();
        for (int i = 0; i < slots.size(); i++) {
            db.insertInto(EVENT_SUB_EVENT)
                    .set(EVENT_SUB_EVENT.EVENT_ID, id)
                    .set(EVENT_SUB_EVENT.POSITION, i)
                    .set(EVENT_SUB_EVENT.START_AT, slots.get(i).startDate())
                    .set(EVENT_SUB_EVENT.END_AT, slots.get(i).endDate())
                    .execute();
        }
        List<OpeningHours> hours = command.calendar().openingHours();
        for (int i = 0; i < hours.size(); i++) {
            db.insertInto(EVENT_OPENING_HOURS)
                    .set(EVENT_OPENING_HOURS.EVENT_ID, id)
                    .set(EVENT_OPENING_HOURS.POSITION, i)
                    .set(
                            EVENT_OPENING_HOURS.DAYS_OF_WEEK,
                            hours.get(i).daysOfWeek().stream()
                                    .map(day -> day.name().toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(",")))
                    .set(EVENT_OPENING_HOURS.OPENS, hours.get(i).opens())
                    .set(EVENT_OPENING_HOURS.CLOSES, hours.get(i).closes())
                    .execute();
        }
        List<PriceCategory> prices = command.priceInfo();
        for (int i = 0; i < prices.size(); i++) {
            PriceCategory price = prices.get(i);
            db.insertInto(EVENT_PRICE)
                    .set(EVENT_PRICE.EVENT_ID, id)
                    .set(EVENT_PRICE.POSITION, i)
                    .set(EVENT_PRICE.CATEGORY, price.category())
                    .set(EVENT_PRICE.NAME_NL, price.name().get("nl"))
                    .set(EVENT_PRICE.NAME_FR, price.name().get("fr"))
                    .set(EVENT_PRICE.NAME_EN, price.name().get("en"))
                    .set(EVENT_PRICE.NAME_DE, price.name().get("de"))
                    .set(EVENT_PRICE.PRICE, price.price())
                    .execute();
        }
        for (Term term : command.terms()) {
            db.insertInto(EVENT_TERM)
                    .set(EVENT_TERM.EVENT_ID, id)
                    .set(EVENT_TERM.TERM_ID, term.id())
                    .set(EVENT_TERM.LABEL, term.label())
                    .set(EVENT_TERM.DOMAIN, term.domain())
                    .onDuplicateKeyIgnore()
                    .execute();
        }
        for (String label : Set.copyOf(command.labels())) {
            db.insertInto(EVENT_LABEL)
                    .set(EVENT_LABEL.EVENT_ID, id)
                    .set(EVENT_LABEL.LABEL, label)
                    .execute();
        }
    }

    private static void fill(EventRecord record, EventCommand command) {
        record.setId(command.id());
        record.setOrganizerId(command.organizerId());
        record.setCalendarType(command.calendar().type());
        record.setStartAt(command.calendar().startDate());
        record.setEndAt(command.calendar().endDate());
        record.setStatus(command.status());
        record.setAudienceType(command.audience());
        EventLocation location = command.location();
        record.setLocationId(location == null ? null : location.id());
        record.setLocationName(location == null ? null : location.name());
        EventLocation.Address address = location == null ? null : location.address();
        record.setLocationStreet(address == null ? null : address.street());
        record.setLocationPostalCode(address == null ? null : address.postalCode());
        record.setLocationCity(address == null ? null : address.city());
        record.setLocationCountry(address == null ? null : address.country());
        record.setLocationLatitude(location == null ? null : location.latitude());
        record.setLocationLongitude(location == null ? null : location.longitude());
        Booking booking = command.booking();
        record.setBookingUrl(booking == null ? null : booking.url());
        record.setBookingPhone(booking == null ? null : booking.phone());
        record.setBookingEmail(booking == null ? null : booking.email());
        record.setRegistrationRequired(booking != null && booking.registrationRequired());
        record.setCapacity(booking == null ? null : booking.capacity());
        record.setMinAge(command.ageRange() == null ? null : command.ageRange().min());
        record.setMaxAge(command.ageRange() == null ? null : command.ageRange().max());
    }

    /** Times are stored as instants; they are shown in Belgian local time. */
    private static OffsetDateTime local(OffsetDateTime stored) {
        return stored == null
                ? null
                : stored.atZoneSameInstant(ClockConfiguration.BRUSSELS).toOffsetDateTime();
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static Map<UUID, List<Record>> group(List<? extends Record> records, org.jooq.Field<UUID> key) {
        return records.stream()
                .collect(Collectors.groupingBy(
                        r -> r.get(key), Collectors.mapping(r -> (Record) r, Collectors.toList())));
    }
}

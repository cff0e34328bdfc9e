package be.openpas.event.internal.jsonld;

import be.openpas.event.CalendarType;
import be.openpas.event.EventCalendar;
import be.openpas.event.EventCalendar.OpeningHours;
import be.openpas.event.EventCalendar.TimeSlot;
import be.openpas.event.EventCommand;
import be.openpas.event.EventDetails.AgeRange;
import be.openpas.event.EventDetails.Booking;
import be.openpas.event.EventDetails.Term;
import be.openpas.event.EventLocation;
import be.openpas.event.EventView;
import be.openpas.event.PriceCategory;
import be.openpas.shared.refusal.Violations;
import be.openpas.shared.time.ClockConfiguration;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Reads an UiTdatabank event in JSON-LD (as returned by the UiTdatabank search and entry APIs) into an
 * {@link EventCommand}, keeping the fields openpas uses. The ids of the event, its organizer and its location are
 * the UUIDs at the end of their {@code @id} URLs. A missing time becomes 00:00 for a start and 23:59:59 for an end
 * (Europe/Brussels). Price categories of type {@code uitpas} are computed by UiTPAS itself and are skipped.
 */
public final class UitdatabankEvents {

    /** Workflow states of events that are not (or no longer) published. */
    private static final Set<String> UNPUBLISHED = Set.of("DRAFT", "REJECTED", "DELETED");

    private UitdatabankEvents() {}

    /** Whether the event is unpublished in UiTdatabank (draft, rejected, deleted) and should not be imported. */
    public static boolean unpublished(JsonNode event) {
        return UNPUBLISHED.contains(event.path("workflowStatus").asString("").toUpperCase(Locale.ROOT));
    }

    /**
     * The event, or empty with the reasons added to {@code violations} (their fields are property paths in the
     * JSON-LD document of the event: {@code subEvent[0].startDate}, {@code location.@id}).
     */
    public static Optional<EventCommand> read(JsonNode event, Violations violations) {
        if (!event.isObject()) {
            violations.add("", "an event is a JSON object");
            return Optional.empty();
        }
        Violations found = new Violations();
        UUID id = idOf(event, found, "");
        Map<String, String> name = languageMap(event.path("name"));
        found.when(name.isEmpty(), "name", "is required");
        Map<String, String> description = languageMap(event.path("description"));
        UUID organizerId = null;
        if (event.path("organizer").isObject()) {
            organizerId = idOf(event.path("organizer"), found, "organizer");
        } else {
            found.add("organizer", "an UiTPAS event needs an organizer");
        }
        EventCalendar calendar = calendar(event, found);
        EventLocation location = location(event.path("location"), found);
        List<PriceCategory> prices = prices(event.path("priceInfo"), found);
        List<Term> terms = new ArrayList<>();
        for (JsonNode term : event.path("terms").values()) {
            if (term.hasNonNull("id") && term.hasNonNull("label") && term.hasNonNull("domain")) {
                terms.add(new Term(
                        term.path("id").asString(),
                        term.path("label").asString(),
                        term.path("domain").asString()));
            }
        }
        List<String> labels = new ArrayList<>();
        event.path("labels").values().forEach(label -> labels.add(label.asString()));
        if (!found.isEmpty()) {
            violations.addAll(found.list());
            return Optional.empty();
        }
        return Optional.of(new EventCommand(
                id,
                name,
                description,
                organizerId,
                calendar,
                location,
                prices,
                audience(event.path("audience").path("audienceType").asString("everyone")),
                terms,
                labels,
                booking(event),
                ageRange(event.path("typicalAgeRange").asString("")),
                status(event.path("status").path("type").asString("Available"))));
    }

    private static UUID idOf(JsonNode node, Violations violations, String path) {
        String value = node.hasNonNull("@id")
                ? node.path("@id").asString()
                : node.path("id").asString("");
        String last = value.substring(value.lastIndexOf('/') + 1);
        try {
            return UUID.fromString(last);
        } catch (IllegalArgumentException notUuid) {
            violations.add(path.isEmpty() ? "@id" : path + ".@id", "must end with a UUID");
            return null;
        }
    }

    private static Map<String, String> languageMap(JsonNode node) {
        Map<String, String> values = new TreeMap<>();
        if (node.isString() && !node.asString().isBlank()) {
            values.put("nl", node.asString());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (Set.of("nl", "fr", "en", "de").contains(entry.getKey())
                        && entry.getValue().isString()) {
                    values.put(entry.getKey(), entry.getValue().asString());
                }
            }
        }
        return values;
    }

    private static EventCalendar calendar(JsonNode event, Violations violations) {
        CalendarType type;
        try {
            type = CalendarType.valueOf(event.path("calendarType").asString("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            violations.add("calendarType", "must be single, multiple, periodic or permanent");
            return new EventCalendar(CalendarType.PERMANENT, null, null, List.of(), List.of());
        }
        List<TimeSlot> slots = new ArrayList<>();
        JsonNode subEvents = event.path("subEvent");
        for (int i = 0; i < subEvents.size(); i++) {
            OffsetDateTime start =
                    dateTime(subEvents.path(i).path("startDate"), false, "subEvent[" + i + "].startDate", violations);
            OffsetDateTime end =
                    dateTime(subEvents.path(i).path("endDate"), true, "subEvent[" + i + "].endDate", violations);
            if (start != null && end != null) {
                slots.add(new TimeSlot(start, end));
            }
        }
        OffsetDateTime start = null;
        OffsetDateTime end = null;
        if (type != CalendarType.PERMANENT) {
            start = dateTime(event.path("startDate"), false, "startDate", violations);
            end = dateTime(event.path("endDate"), true, "endDate", violations);
        }
        if ((type == CalendarType.SINGLE || type == CalendarType.MULTIPLE)
                && slots.isEmpty()
                && start != null
                && end != null) {
            slots.add(new TimeSlot(start, end));
        }
        if (type == CalendarType.PERIODIC) {
            slots.clear();
        }
        List<OpeningHours> hours = new ArrayList<>();
        JsonNode openingHours = event.path("openingHours");
        for (int i = 0; i < openingHours.size(); i++) {
            JsonNode entry = openingHours.path(i);
            try {
                List<DayOfWeek> days = new ArrayList<>();
                entry.path("dayOfWeek")
                        .values()
                        .forEach(
                                day -> days.add(DayOfWeek.valueOf(day.asString().toUpperCase(Locale.ROOT))));
                hours.add(new OpeningHours(
                        days,
                        LocalTime.parse(entry.path("opens").asString()),
                        LocalTime.parse(entry.path("closes").asString())));
            } catch (IllegalArgumentException | DateTimeParseException invalid) {
                violations.add("openingHours[" + i + "]", "needs dayOfWeek, opens and closes (HH:mm)");
            }
        }
        if (type == CalendarType.SINGLE || type == CalendarType.MULTIPLE) {
            return new EventCalendar(type, null, null, slots, List.of());
        }
        return new EventCalendar(type, start, end, List.of(), hours);
    }

    private static OffsetDateTime dateTime(JsonNode node, boolean end, String path, Violations violations) {
        if (!node.isString()) {
            violations.add(path, "is required");
            return null;
        }
        String value = node.asString();
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException notDateTime) {
            try {
                LocalDate date = LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
                LocalTime time = end ? LocalTime.of(23, 59, 59) : LocalTime.MIDNIGHT;
                return date.atTime(time).atZone(ClockConfiguration.BRUSSELS).toOffsetDateTime();
            } catch (DateTimeParseException notDate) {
                violations.add(path, "is not an ISO-8601 date");
                return null;
            }
        }
    }

    private static EventLocation location(JsonNode location, Violations violations) {
        if (!location.isObject()) {
            return null;
        }
        UUID id = null;
        if (location.hasNonNull("@id")) {
            String value = location.path("@id").asString();
            try {
                id = UUID.fromString(value.substring(value.lastIndexOf('/') + 1));
            } catch (IllegalArgumentException notUuid) {
                violations.add("location.@id", "must end with a UUID");
            }
        }
        Map<String, String> names = languageMap(location.path("name"));
        JsonNode address = location.path("address");
        if (address.has("nl")) {
            address = address.path("nl");
        } else if (address.isObject() && !address.has("postalCode") && address.size() > 0) {
            address = address.values().iterator().next();
        }
        EventLocation.Address parsed = address.isObject()
                ? new EventLocation.Address(
                        text(address, "streetAddress"),
                        text(address, "postalCode"),
                        text(address, "addressLocality"),
                        text(address, "addressCountry"))
                : null;
        JsonNode geo = location.path("geo");
        return new EventLocation(
                id,
                names.getOrDefault("nl", names.values().stream().findFirst().orElse(null)),
                parsed,
                geo.path("latitude").isNumber() ? geo.path("latitude").decimalValue() : null,
                geo.path("longitude").isNumber() ? geo.path("longitude").decimalValue() : null);
    }

    private static List<PriceCategory> prices(JsonNode priceInfo, Violations violations) {
        List<PriceCategory> prices = new ArrayList<>();
        for (int i = 0; i < priceInfo.size(); i++) {
            JsonNode price = priceInfo.path(i);
            String category = price.path("category").asString("");
            if ("uitpas".equalsIgnoreCase(category)) {
                continue;
            }
            PriceCategory.Kind kind =
                    "base".equalsIgnoreCase(category) ? PriceCategory.Kind.BASE : PriceCategory.Kind.TARIFF;
            if (!price.path("price").isNumber()) {
                violations.add("priceInfo[" + i + "].price", "must be a number");
                continue;
            }
            BigDecimal amount = price.path("price").decimalValue();
            if (amount.signum() < 0
                    || amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
                violations.add("priceInfo[" + i + "].price", "must be an amount in euro, 0 or more");
                continue;
            }
            Map<String, String> name = languageMap(price.path("name"));
            if (name.isEmpty()) {
                name = Map.of("nl", kind == PriceCategory.Kind.BASE ? "Basistarief" : "Tarief");
            }
            prices.add(new PriceCategory(kind, name, amount.setScale(2, java.math.RoundingMode.UNNECESSARY)));
        }
        return prices;
    }

    private static Booking booking(JsonNode event) {
        JsonNode info = event.path("bookingInfo");
        Integer capacity = event.path("bookingAvailability").path("capacity").isNumber()
                ? event.path("bookingAvailability").path("capacity").asInt()
                : null;
        String url = info.isObject() ? text(info, "url") : null;
        String phone = info.isObject() ? text(info, "phone") : null;
        String email = info.isObject() ? text(info, "email") : null;
        if (url == null && phone == null && email == null && capacity == null) {
            return null;
        }
        return new Booking(url, phone, email, false, capacity);
    }

    private static AgeRange ageRange(String range) {
        if (range.isBlank() || "-".equals(range.trim())) {
            return null;
        }
        String[] bounds = range.split("-", -1);
        try {
            Integer min = bounds.length > 0 && !bounds[0].isBlank() ? Integer.valueOf(bounds[0].trim()) : null;
            Integer max = bounds.length > 1 && !bounds[1].isBlank() ? Integer.valueOf(bounds[1].trim()) : null;
            return min == null && max == null ? null : new AgeRange(min, max);
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static EventView.Audience audience(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "members" -> EventView.Audience.MEMBERS;
            case "education" -> EventView.Audience.EDUCATION;
            default -> EventView.Audience.EVERYONE;
        };
    }

    private static EventView.Status status(String type) {
        return switch (type) {
            case "Unavailable" -> EventView.Status.UNAVAILABLE;
            case "TemporarilyUnavailable" -> EventView.Status.TEMPORARILY_UNAVAILABLE;
            default -> EventView.Status.AVAILABLE;
        };
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) && !node.path(field).asString().isBlank()
                ? node.path(field).asString()
                : null;
    }
}

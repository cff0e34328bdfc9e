package be.openpas.event.internal.domain;

import be.openpas.event.CalendarType;
import be.openpas.event.EventCalendar;
import be.openpas.event.EventCalendar.OpeningHours;
import be.openpas.event.EventCalendar.TimeSlot;
import be.openpas.shared.refusal.Violations;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * Calendar rules of UiTdatabank events: which fields each calendar type needs, and the overall start and end of
 * SINGLE and MULTIPLE events (the first start and last end of their time slots).
 */
public final class Calendars {

    private Calendars() {}

    /** The calendar with derived dates; what is wrong is added to {@code violations}, under {@code calendar}. */
    public static EventCalendar normalise(EventCalendar calendar, Violations violations) {
        List<TimeSlot> slots = calendar.subEvents();
        if (calendar.type() == CalendarType.SINGLE
                && slots.isEmpty()
                && calendar.startDate() != null
                && calendar.endDate() != null) {
            slots = List.of(new TimeSlot(calendar.startDate(), calendar.endDate()));
        }
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).startDate().isAfter(slots.get(i).endDate())) {
                violations.add("calendar.subEvents[" + i + "].endDate", "must not be before startDate");
            }
        }
        for (int i = 0; i < calendar.openingHours().size(); i++) {
            OpeningHours hours = calendar.openingHours().get(i);
            if (!hours.opens().isBefore(hours.closes())) {
                violations.add("calendar.openingHours[" + i + "].closes", "must be after opens");
            }
        }
        return switch (calendar.type()) {
            case SINGLE, MULTIPLE -> timeSlots(calendar, slots, violations);
            case PERIODIC -> periodic(calendar, violations);
            case PERMANENT -> permanent(calendar, violations);
        };
    }

    private static EventCalendar timeSlots(EventCalendar calendar, List<TimeSlot> slots, Violations violations) {
        if (calendar.type() == CalendarType.SINGLE && slots.size() != 1) {
            violations.add("calendar.subEvents", "a SINGLE event has exactly one time slot (or startDate and endDate)");
        }
        if (calendar.type() == CalendarType.MULTIPLE && slots.size() < 2) {
            violations.add("calendar.subEvents", "a MULTIPLE event has at least two time slots");
        }
        if (!calendar.openingHours().isEmpty()) {
            violations.add("calendar.openingHours", "only PERIODIC and PERMANENT events have opening hours");
        }
        if (slots.isEmpty()) {
            return calendar;
        }
        List<TimeSlot> sorted =
                slots.stream().sorted(Comparator.comparing(TimeSlot::startDate)).toList();
        OffsetDateTime start = sorted.getFirst().startDate();
        OffsetDateTime end = sorted.stream()
                .map(TimeSlot::endDate)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        return new EventCalendar(calendar.type(), start, end, sorted, List.of());
    }

    private static EventCalendar periodic(EventCalendar calendar, Violations violations) {
        if (calendar.startDate() == null) {
            violations.add("calendar.startDate", "is required for a PERIODIC event");
        }
        if (calendar.endDate() == null) {
            violations.add("calendar.endDate", "is required for a PERIODIC event");
        }
        if (calendar.startDate() != null
                && calendar.endDate() != null
                && calendar.startDate().isAfter(calendar.endDate())) {
            violations.add("calendar.endDate", "must not be before startDate");
        }
        if (!calendar.subEvents().isEmpty()) {
            violations.add("calendar.subEvents", "a PERIODIC event has no time slots");
        }
        return calendar;
    }

    private static EventCalendar permanent(EventCalendar calendar, Violations violations) {
        if (calendar.startDate() != null || calendar.endDate() != null) {
            violations.add("calendar", "a PERMANENT event has no start or end date");
        }
        if (!calendar.subEvents().isEmpty()) {
            violations.add("calendar.subEvents", "a PERMANENT event has no time slots");
        }
        return calendar;
    }
}

package be.openpas.dataimport.internal;

import be.openpas.event.EventCalendar;
import be.openpas.event.EventCommand;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Moves events by whole weeks, keeping weekdays and times, so that a data set written for one reference day stays
 * in the future when it is loaded later (used for the demo data).
 */
public final class DateRebasing {

    private DateRebasing() {}

    public static List<EventCommand> toCurrentWeek(
            List<EventCommand> events, LocalDate referenceDate, LocalDate today) {
        // Only ever forward: a data set loaded before its reference day is already in the future.
        long weeks = Math.max(0, ChronoUnit.DAYS.between(referenceDate, today) / 7);
        if (weeks == 0) {
            return events;
        }
        return events.stream()
                .map(event -> event.withCalendar(shift(event.calendar(), weeks)))
                .toList();
    }

    private static EventCalendar shift(EventCalendar calendar, long weeks) {
        return new EventCalendar(
                calendar.type(),
                shift(calendar.startDate(), weeks),
                shift(calendar.endDate(), weeks),
                calendar.subEvents().stream()
                        .map(slot -> new EventCalendar.TimeSlot(
                                shift(slot.startDate(), weeks), shift(slot.endDate(), weeks)))
                        .toList(),
                calendar.openingHours());
    }

    private static OffsetDateTime shift(OffsetDateTime moment, long weeks) {
        // Shift in local (Brussels) time so that 20:00 stays 20:00 across a daylight-saving change.
        return moment == null
                ? null
                : moment.atZoneSameInstant(be.openpas.shared.time.ClockConfiguration.BRUSSELS)
                        .plusWeeks(weeks)
                        .toOffsetDateTime();
    }
}

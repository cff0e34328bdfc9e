package be.openpas.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * When an event takes place. SINGLE and MULTIPLE events have time slots ({@code subEvents}; a SINGLE event may give
 * {@code startDate}/{@code endDate} instead), PERIODIC events a start and end date, PERMANENT events none; PERIODIC and
 * PERMANENT events may have opening hours. For SINGLE and MULTIPLE events the start and end dates are derived from
 * the time slots.
 */
public record EventCalendar(
        @NotNull CalendarType type,
        OffsetDateTime startDate,
        OffsetDateTime endDate,
        List<@Valid @NotNull TimeSlot> subEvents,
        List<@Valid @NotNull OpeningHours> openingHours) {

    public EventCalendar {
        subEvents = subEvents == null ? List.of() : List.copyOf(subEvents);
        openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
    }

    public record TimeSlot(
            @NotNull OffsetDateTime startDate, @NotNull OffsetDateTime endDate) {}

    public record OpeningHours(
            @NotEmpty List<@NotNull DayOfWeek> daysOfWeek,
            @NotNull LocalTime opens,
            @NotNull LocalTime closes) {

        public OpeningHours {
            daysOfWeek = daysOfWeek == null ? List.of() : List.copyOf(daysOfWeek);
        }
    }
}

package be.openpas.event;

import be.openpas.shared.time.PeriodLimit;
import be.openpas.shared.time.PeriodType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How an event takes part in UiTPAS (contract: EventSettings): the points a check-in earns, how many tickets at
 * kansentarief one passholder may buy per calendar period, and how often a passholder may check in per period.
 */
public record EventSettings(
        String id,
        @NotNull @Min(0) @Max(1000) Integer checkinPoints,
        @NotNull @Valid PeriodLimit passholderTicketLimit,
        @NotNull @Valid PeriodLimit checkinLimit) {

    /**
     * The defaults of a calendar type (domain.md 3.4, 3.6): one point per check-in; one ticket at kansentarief per
     * passholder (ever) for dated events, one per week for permanent ones; one check-in per day for events with time
     * slots, one per week for periodic and permanent ones.
     */
    public static EventSettings defaults(String eventId, CalendarType type) {
        PeriodLimit tickets = type == CalendarType.PERMANENT
                ? new PeriodLimit(1, PeriodType.WEEK)
                : new PeriodLimit(1, PeriodType.ABSOLUTE);
        PeriodLimit checkins = type == CalendarType.SINGLE || type == CalendarType.MULTIPLE
                ? new PeriodLimit(1, PeriodType.DAY)
                : new PeriodLimit(1, PeriodType.WEEK);
        return new EventSettings(eventId, 1, tickets, checkins);
    }
}

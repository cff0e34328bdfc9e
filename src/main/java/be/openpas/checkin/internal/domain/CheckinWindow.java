package be.openpas.checkin.internal.domain;

import be.openpas.checkin.CheckinNotAllowed;
import be.openpas.event.CalendarType;
import be.openpas.event.EventCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a passholder may check in at an event (domain.md 3.6): from {@code before} the start of a time slot to
 * {@code after} its end for dated events (SINGLE, MULTIPLE), between the start and end of a PERIODIC event (with the
 * same margins), and for PERIODIC and PERMANENT events with opening hours only during those hours (no margins: a
 * library open 10:00–18:00 lets people check in from 10:00 to 18:00). Opening hours are Belgian local times; hours
 * that close at or before they open run past midnight.
 */
public final class CheckinWindow {

    /** Where a moment lies relative to the window. */
    public enum State {
        OPEN,
        /** Before the window opens; {@link Verdict#opensAt()} tells when. */
        NOT_YET,
        /** Between time slots or outside opening hours. */
        CLOSED,
        /** After the last moment check-ins were possible. */
        ENDED
    }

    public record Verdict(State state, OffsetDateTime opensAt) {

        static final Verdict OPEN = new Verdict(State.OPEN, null);
        static final Verdict CLOSED = new Verdict(State.CLOSED, null);
        static final Verdict ENDED = new Verdict(State.ENDED, null);

        public boolean open() {
            return state == State.OPEN;
        }
    }

    private final Duration before;
    private final Duration after;
    private final ZoneId zone;

    public CheckinWindow(Duration before, Duration after, ZoneId zone) {
        this.before = before;
        this.after = after;
        this.zone = zone;
    }

    /**
     * Why nobody can check in at an event now, in the order a counter explains it: cancelled, then ended, not yet (with
     * the moment it opens) or closed (between time slots, outside opening hours); empty when the window is open.
     */
    public Optional<CheckinNotAllowed> refusal(boolean cancelled, EventCalendar calendar, OffsetDateTime now) {
        if (cancelled) {
            return Optional.of(new CheckinNotAllowed(CheckinNotAllowed.Reason.EVENT_CANCELLED));
        }
        Verdict verdict = at(calendar, now);
        return switch (verdict.state()) {
            case OPEN -> Optional.empty();
            case ENDED -> Optional.of(new CheckinNotAllowed(CheckinNotAllowed.Reason.EVENT_ENDED));
            case NOT_YET -> Optional.of(CheckinNotAllowed.notYet(verdict.opensAt()));
            case CLOSED -> Optional.of(new CheckinNotAllowed(CheckinNotAllowed.Reason.CLOSED));
        };
    }

    public Verdict at(EventCalendar calendar, OffsetDateTime now) {
        return switch (calendar.type()) {
            case SINGLE, MULTIPLE -> slots(calendar, now);
            case PERIODIC -> periodic(calendar, now);
            case PERMANENT -> openingHours(calendar, now);
        };
    }

    /**
     * The last moment a check-in is possible, or empty when the event never ends (PERMANENT, or PERIODIC without an
     * end date).
     */
    public Optional<OffsetDateTime> closesForGood(EventCalendar calendar) {
        if (calendar.type() == CalendarType.PERMANENT) {
            return Optional.empty();
        }
        if (calendar.type() == CalendarType.PERIODIC) {
            return Optional.ofNullable(calendar.endDate()).map(end -> end.plus(after));
        }
        return slotsOf(calendar).stream()
                .map(slot -> slot.endDate().plus(after))
                .max(OffsetDateTime::compareTo);
    }

    private Verdict slots(EventCalendar calendar, OffsetDateTime now) {
        OffsetDateTime nextOpening = null;
        boolean anyLater = false;
        for (EventCalendar.TimeSlot slot : slotsOf(calendar)) {
            OffsetDateTime opens = slot.startDate().minus(before);
            OffsetDateTime closes = slot.endDate().plus(after);
            if (!now.isBefore(opens) && !now.isAfter(closes)) {
                return Verdict.OPEN;
            }
            if (now.isBefore(opens)) {
                anyLater = true;
                if (nextOpening == null || opens.isBefore(nextOpening)) {
                    nextOpening = opens;
                }
            }
        }
        if (!anyLater) {
            return Verdict.ENDED;
        }
        return new Verdict(State.NOT_YET, nextOpening);
    }

    private static List<EventCalendar.TimeSlot> slotsOf(EventCalendar calendar) {
        List<EventCalendar.TimeSlot> slots = new ArrayList<>(calendar.subEvents());
        if (slots.isEmpty() && calendar.startDate() != null) {
            OffsetDateTime end = calendar.endDate() == null ? calendar.startDate() : calendar.endDate();
            slots.add(new EventCalendar.TimeSlot(calendar.startDate(), end));
        }
        return slots;
    }

    private Verdict periodic(EventCalendar calendar, OffsetDateTime now) {
        if (calendar.startDate() != null && now.isBefore(calendar.startDate().minus(before))) {
            return new Verdict(State.NOT_YET, calendar.startDate().minus(before));
        }
        if (calendar.endDate() != null && now.isAfter(calendar.endDate().plus(after))) {
            return Verdict.ENDED;
        }
        return openingHours(calendar, now);
    }

    private Verdict openingHours(EventCalendar calendar, OffsetDateTime now) {
        if (calendar.openingHours().isEmpty()) {
            return Verdict.OPEN;
        }
        ZonedDateTime local = now.atZoneSameInstant(zone);
        DayOfWeek today = local.getDayOfWeek();
        LocalTime time = local.toLocalTime();
        for (EventCalendar.OpeningHours hours : calendar.openingHours()) {
            boolean pastMidnight = !hours.closes().isAfter(hours.opens());
            if (!pastMidnight) {
                if (hours.daysOfWeek().contains(today)
                        && !time.isBefore(hours.opens())
                        && time.isBefore(hours.closes())) {
                    return Verdict.OPEN;
                }
            } else {
                if (hours.daysOfWeek().contains(today) && !time.isBefore(hours.opens())) {
                    return Verdict.OPEN;
                }
                if (hours.daysOfWeek().contains(today.minus(1)) && time.isBefore(hours.closes())) {
                    return Verdict.OPEN;
                }
            }
        }
        return Verdict.CLOSED;
    }
}

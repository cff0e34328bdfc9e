package be.openpas.kiosk.internal.domain;

import be.openpas.event.EventCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which event a kiosk shows when no fixed event is open (domain.md 3.6, after UiTPAS v3's check-in devices): among
 * the events of its organizers and at its places where check-in is open now, the only one, else the one whose start
 * is nearest to now. The start of an event is that of its occurrence nearest to now: the time slot of a SINGLE or
 * MULTIPLE event, the opening of today's (yesterday's, tomorrow's) opening hours of a PERIODIC or PERMANENT event,
 * else its start date. At a swimming pool open 16:00–21:00 with aqua gym 19:00–20:00, a passholder arriving at 19:05
 * checks in at the aqua gym.
 *
 * <p>Ties (docs/kiosks.md): at equal distance the event that is about to start wins over one that started as long
 * ago (a kiosk stands at the entrance: people check in as they arrive); events without any known start (permanent
 * without opening hours) come after every event with one; the last tie-break is the event id, so that every kiosk
 * and every request agree.
 */
public final class EventChoice {

    /** An event where check-in is open now, with its calendar. */
    public record Candidate(UUID eventId, EventCalendar calendar) {}

    private EventChoice() {}

    /** The chosen event among candidates that are all open now; empty when there are none. */
    public static Optional<UUID> choose(List<Candidate> openNow, Instant now, ZoneId zone) {
        if (openNow.size() == 1) {
            return Optional.of(openNow.getFirst().eventId());
        }
        record Ranked(UUID eventId, Duration distance, boolean upcoming) {}
        Comparator<Ranked> order = Comparator.comparing(
                        (Ranked ranked) -> ranked.distance(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ranked -> !ranked.upcoming())
                .thenComparing(Ranked::eventId);
        return openNow.stream()
                .map(candidate -> {
                    Optional<Instant> start = nearestStart(candidate.calendar(), now, zone);
                    return new Ranked(
                            candidate.eventId(),
                            start.map(s -> Duration.between(s, now).abs()).orElse(null),
                            start.map(s -> s.isAfter(now)).orElse(false));
                })
                .min(order)
                .map(Ranked::eventId);
    }

    /** The start of the event's occurrence nearest to now, if the calendar has starts at all. */
    public static Optional<Instant> nearestStart(EventCalendar calendar, Instant now, ZoneId zone) {
        return starts(calendar, now, zone).stream()
                .min(Comparator.comparing(start -> Duration.between(start, now).abs()));
    }

    private static List<Instant> starts(EventCalendar calendar, Instant now, ZoneId zone) {
        List<Instant> starts = new ArrayList<>();
        calendar.subEvents().forEach(slot -> starts.add(slot.startDate().toInstant()));
        if (!calendar.openingHours().isEmpty()) {
            LocalDate today = LocalDate.ofInstant(now, zone);
            for (LocalDate day = today.minusDays(1); !day.isAfter(today.plusDays(1)); day = day.plusDays(1)) {
                for (EventCalendar.OpeningHours hours : calendar.openingHours()) {
                    if (hours.daysOfWeek().contains(day.getDayOfWeek())) {
                        starts.add(day.atTime(hours.opens()).atZone(zone).toInstant());
                    }
                }
            }
        }
        if (starts.isEmpty()) {
            Optional.ofNullable(calendar.startDate())
                    .map(OffsetDateTime::toInstant)
                    .ifPresent(starts::add);
        }
        return starts;
    }
}

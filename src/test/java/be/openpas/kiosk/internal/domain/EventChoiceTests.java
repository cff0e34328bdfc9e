package be.openpas.kiosk.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.event.CalendarType;
import be.openpas.event.EventCalendar;
import be.openpas.kiosk.internal.domain.EventChoice.Candidate;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which open event a kiosk shows (domain.md 3.6): the only one, else the nearest start, with documented ties. */
class EventChoiceTests {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    // Tuesday 13 January 2026, 19:05 in Brussels
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-01-13T19:05:00+01:00");
    static final Instant INSTANT = NOW.toInstant();

    static EventCalendar slot(int startMinutes, int endMinutes) {
        return new EventCalendar(
                CalendarType.SINGLE,
                null,
                null,
                List.of(new EventCalendar.TimeSlot(NOW.plusMinutes(startMinutes), NOW.plusMinutes(endMinutes))),
                List.of());
    }

    static EventCalendar hours(String opens, String closes, DayOfWeek... days) {
        return new EventCalendar(
                CalendarType.PERMANENT,
                null,
                null,
                List.of(),
                List.of(new EventCalendar.OpeningHours(
                        List.of(days), LocalTime.parse(opens), LocalTime.parse(closes))));
    }

    static Candidate candidate(String id, EventCalendar calendar) {
        return new Candidate(UUID.fromString(id), calendar);
    }

    @Test
    void noOpenEventIsNoChoice() {
        assertThat(EventChoice.choose(List.of(), INSTANT, BRUSSELS)).isEmpty();
    }

    @Test
    void theOnlyOpenEventIsChosenWhateverItsStart() {
        Candidate only = candidate("00000000-0000-0000-0000-000000000001", hours("00:00", "23:59", DayOfWeek.TUESDAY));
        assertThat(EventChoice.choose(List.of(only), INSTANT, BRUSSELS)).contains(only.eventId());
    }

    @Test
    void autoDetectPicksTheEventWithTheNearestStart() {
        Candidate early = candidate("00000000-0000-0000-0000-000000000001", slot(-180, 60));
        Candidate near = candidate("00000000-0000-0000-0000-000000000002", slot(-20, 60));
        Candidate later = candidate("00000000-0000-0000-0000-000000000003", slot(120, 180));
        assertThat(EventChoice.choose(List.of(early, later, near), INSTANT, BRUSSELS))
                .contains(near.eventId());
    }

    @Test
    void openingHoursStartAtTodaysOpening() {
        // a swimming pool open 16:00-21:00 with aqua gym 19:00-20:00: at 19:05 the aqua gym
        Candidate swimming = candidate(
                "00000000-0000-0000-0000-000000000001", hours("16:00", "21:00", DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
        Candidate aquaGym = candidate(
                "00000000-0000-0000-0000-000000000002", hours("19:00", "20:00", DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
        assertThat(EventChoice.choose(List.of(swimming, aquaGym), INSTANT, BRUSSELS))
                .contains(aquaGym.eventId());
        assertThat(EventChoice.nearestStart(swimming.calendar(), INSTANT, BRUSSELS))
                .contains(NOW.withHour(16).withMinute(0).toInstant());
    }

    @Test
    void ofTwoStartsAsFarAwayTheUpcomingOneWins() {
        Candidate started = candidate("00000000-0000-0000-0000-000000000001", slot(-60, 30));
        Candidate upcoming = candidate("00000000-0000-0000-0000-000000000002", slot(60, 120));
        assertThat(EventChoice.choose(List.of(started, upcoming), INSTANT, BRUSSELS))
                .contains(upcoming.eventId());
    }

    @Test
    void eventsWithoutAStartComeLastAndEqualStartsGoByEventId() {
        EventCalendar always = new EventCalendar(CalendarType.PERMANENT, null, null, List.of(), List.of());
        Candidate permanent = candidate("00000000-0000-0000-0000-000000000001", always);
        Candidate b = candidate("00000000-0000-0000-0000-000000000003", slot(-300, 60));
        Candidate a = candidate("00000000-0000-0000-0000-000000000002", slot(-300, 90));
        assertThat(EventChoice.choose(List.of(permanent, b, a), INSTANT, BRUSSELS))
                .contains(a.eventId());
        assertThat(EventChoice.choose(
                        List.of(permanent, candidate("00000000-0000-0000-0000-000000000009", always)),
                        INSTANT,
                        BRUSSELS))
                .contains(permanent.eventId());
    }

    @Test
    void aPeriodicEventWithoutOpeningHoursStartsAtItsStartDate() {
        EventCalendar exhibition =
                new EventCalendar(CalendarType.PERIODIC, NOW.minusDays(10), NOW.plusDays(10), List.of(), List.of());
        assertThat(EventChoice.nearestStart(exhibition, INSTANT, BRUSSELS))
                .contains(NOW.minusDays(10).toInstant());
    }

    @Test
    void ofSeveralTimeSlotsTheNearestCounts() {
        EventCalendar lessons = new EventCalendar(
                CalendarType.MULTIPLE,
                null,
                null,
                List.of(
                        new EventCalendar.TimeSlot(
                                NOW.minusDays(7), NOW.minusDays(7).plusHours(1)),
                        new EventCalendar.TimeSlot(NOW.minusMinutes(5), NOW.plusMinutes(55)),
                        new EventCalendar.TimeSlot(
                                NOW.plusDays(7), NOW.plusDays(7).plusHours(1))),
                List.of());
        assertThat(EventChoice.nearestStart(lessons, INSTANT, BRUSSELS))
                .contains(NOW.minusMinutes(5).toInstant());
    }
}

package be.openpas.checkin.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.checkin.CheckinNotAllowed;
import be.openpas.checkin.internal.domain.CheckinWindow.State;
import be.openpas.event.CalendarType;
import be.openpas.event.EventCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check-in window of an event (domain.md 3.6), in Belgian local time. */
class CheckinWindowTests {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final CheckinWindow FIVE_HOURS = new CheckinWindow(Duration.ofHours(5), Duration.ofHours(5), BRUSSELS);

    static OffsetDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BRUSSELS).toOffsetDateTime();
    }

    static EventCalendar single(String start, String end) {
        return new EventCalendar(
                CalendarType.SINGLE, null, null, List.of(new EventCalendar.TimeSlot(at(start), at(end))), List.of());
    }

    @Test
    void windowOpensFiveHoursBeforeTheStartAndClosesFiveHoursAfterTheEnd() {
        EventCalendar concert = single("2026-11-21T20:00", "2026-11-21T22:00");

        assertThat(FIVE_HOURS.at(concert, at("2026-11-21T14:59")).state()).isEqualTo(State.NOT_YET);
        assertThat(FIVE_HOURS.at(concert, at("2026-11-21T14:59")).opensAt()).isEqualTo(at("2026-11-21T15:00"));
        assertThat(FIVE_HOURS.at(concert, at("2026-11-21T15:00")).state()).isEqualTo(State.OPEN);
        assertThat(FIVE_HOURS.at(concert, at("2026-11-22T03:00")).state()).isEqualTo(State.OPEN);
        assertThat(FIVE_HOURS.at(concert, at("2026-11-22T03:01")).state()).isEqualTo(State.ENDED);
    }

    @Test
    void windowMarginsAreConfigurablePerCardSystem() {
        CheckinWindow tight = new CheckinWindow(Duration.ofMinutes(30), Duration.ZERO, BRUSSELS);
        EventCalendar concert = single("2026-11-21T20:00", "2026-11-21T22:00");

        assertThat(tight.at(concert, at("2026-11-21T19:29")).state()).isEqualTo(State.NOT_YET);
        assertThat(tight.at(concert, at("2026-11-21T19:30")).state()).isEqualTo(State.OPEN);
        assertThat(tight.at(concert, at("2026-11-21T22:01")).state()).isEqualTo(State.ENDED);
    }

    @Test
    void betweenTheTimeSlotsOfAMultipleEventTheNextSlotIsAnnounced() {
        EventCalendar course = new EventCalendar(
                CalendarType.MULTIPLE,
                null,
                null,
                List.of(
                        new EventCalendar.TimeSlot(at("2026-11-02T19:00"), at("2026-11-02T21:00")),
                        new EventCalendar.TimeSlot(at("2026-11-09T19:00"), at("2026-11-09T21:00"))),
                List.of());

        CheckinWindow.Verdict between = FIVE_HOURS.at(course, at("2026-11-05T12:00"));
        assertThat(between.state()).isEqualTo(State.NOT_YET);
        assertThat(between.opensAt()).isEqualTo(at("2026-11-09T14:00"));
        assertThat(FIVE_HOURS.at(course, at("2026-11-09T20:00")).state()).isEqualTo(State.OPEN);
        assertThat(FIVE_HOURS.at(course, at("2026-11-10T03:00")).state()).isEqualTo(State.ENDED);
        assertThat(FIVE_HOURS.closesForGood(course)).contains(at("2026-11-10T02:00"));
    }

    @Test
    void windowAcrossTheDaylightSavingChangeCountsRealHours() {
        // the clocks go forward at 02:00 on 29 March 2026: 5 hours before 06:00 is 00:00 (not 01:00)
        EventCalendar earlySwim = single("2026-03-29T06:00", "2026-03-29T07:00");

        assertThat(FIVE_HOURS.at(earlySwim, at("2026-03-28T23:59")).state()).isEqualTo(State.NOT_YET);
        assertThat(FIVE_HOURS.at(earlySwim, at("2026-03-29T00:00")).state()).isEqualTo(State.OPEN);
    }

    @Test
    void periodicEventIsOpenBetweenItsDatesOnlyDuringOpeningHours() {
        EventCalendar exhibition = new EventCalendar(
                CalendarType.PERIODIC,
                at("2026-11-01T00:00"),
                at("2026-11-30T23:59"),
                List.of(),
                List.of(new EventCalendar.OpeningHours(
                        List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(10, 0), LocalTime.of(18, 0))));

        assertThat(FIVE_HOURS.at(exhibition, at("2026-11-21T10:00")).state()).isEqualTo(State.OPEN); // Saturday
        assertThat(FIVE_HOURS.at(exhibition, at("2026-11-21T09:59")).state()).isEqualTo(State.CLOSED);
        assertThat(FIVE_HOURS.at(exhibition, at("2026-11-21T18:00")).state()).isEqualTo(State.CLOSED);
        assertThat(FIVE_HOURS.at(exhibition, at("2026-11-23T12:00")).state()).isEqualTo(State.CLOSED); // Monday
        assertThat(FIVE_HOURS.at(exhibition, at("2026-10-20T12:00")).state()).isEqualTo(State.NOT_YET);
        assertThat(FIVE_HOURS.at(exhibition, at("2026-12-05T12:00")).state()).isEqualTo(State.ENDED);
    }

    @Test
    void periodicEventWithoutOpeningHoursIsOpenThroughoutItsDatesWithTheMargins() {
        EventCalendar camp = new EventCalendar(
                CalendarType.PERIODIC, at("2026-07-06T09:00"), at("2026-07-10T16:00"), List.of(), List.of());

        assertThat(FIVE_HOURS.at(camp, at("2026-07-06T04:00")).state()).isEqualTo(State.OPEN);
        assertThat(FIVE_HOURS.at(camp, at("2026-07-08T03:00")).state()).isEqualTo(State.OPEN);
        assertThat(FIVE_HOURS.at(camp, at("2026-07-10T21:01")).state()).isEqualTo(State.ENDED);
    }

    @Test
    void permanentEventIsOpenDuringOpeningHoursAndNeverEnds() {
        EventCalendar library = new EventCalendar(
                CalendarType.PERMANENT,
                null,
                null,
                List.of(),
                List.of(new EventCalendar.OpeningHours(
                        List.of(DayOfWeek.TUESDAY), LocalTime.of(13, 0), LocalTime.of(19, 0))));

        assertThat(FIVE_HOURS.at(library, at("2026-11-24T13:30")).state()).isEqualTo(State.OPEN);
        assertThat(FIVE_HOURS.at(library, at("2026-11-24T19:30")).state()).isEqualTo(State.CLOSED);
        assertThat(FIVE_HOURS.closesForGood(library)).isEmpty();
        EventCalendar always = new EventCalendar(CalendarType.PERMANENT, null, null, List.of(), List.of());
        assertThat(FIVE_HOURS.at(always, at("2030-01-01T03:00")).state()).isEqualTo(State.OPEN);
    }

    @Test
    void openingHoursThatCloseAfterMidnightRunIntoTheNextDay() {
        EventCalendar youthClub = new EventCalendar(
                CalendarType.PERMANENT,
                null,
                null,
                List.of(),
                List.of(new EventCalendar.OpeningHours(
                        List.of(DayOfWeek.FRIDAY), LocalTime.of(20, 0), LocalTime.of(2, 0))));

        assertThat(FIVE_HOURS.at(youthClub, at("2026-11-20T23:00")).state()).isEqualTo(State.OPEN); // Friday
        assertThat(FIVE_HOURS.at(youthClub, at("2026-11-21T01:59")).state()).isEqualTo(State.OPEN); // Saturday night
        assertThat(FIVE_HOURS.at(youthClub, at("2026-11-21T02:00")).state()).isEqualTo(State.CLOSED);
        assertThat(FIVE_HOURS.at(youthClub, at("2026-11-21T23:00")).state()).isEqualTo(State.CLOSED);
    }

    @Test
    void openingHoursAreBelgianLocalTimeInSummerAndWinter() {
        EventCalendar pool = new EventCalendar(
                CalendarType.PERMANENT,
                null,
                null,
                List.of(),
                List.of(new EventCalendar.OpeningHours(
                        List.of(DayOfWeek.values()), LocalTime.of(7, 0), LocalTime.of(9, 0))));

        // 07:30 in Brussels is 05:30 UTC in summer and 06:30 UTC in winter
        assertThat(FIVE_HOURS
                        .at(pool, OffsetDateTime.parse("2026-07-01T05:30Z"))
                        .state())
                .isEqualTo(State.OPEN);
        assertThat(FIVE_HOURS
                        .at(pool, OffsetDateTime.parse("2026-12-01T06:30Z"))
                        .state())
                .isEqualTo(State.OPEN);
        assertThat(FIVE_HOURS
                        .at(pool, OffsetDateTime.parse("2026-12-01T05:30Z"))
                        .state())
                .isEqualTo(State.CLOSED);
    }

    @Test
    void aCancelledEventRefusesCheckInsWhateverItsWindow() {
        EventCalendar concert = single("2026-11-21T20:00", "2026-11-21T22:00");

        assertThat(FIVE_HOURS.refusal(true, concert, at("2026-11-21T20:30")))
                .map(CheckinNotAllowed::reason)
                .contains(CheckinNotAllowed.Reason.EVENT_CANCELLED);
        assertThat(FIVE_HOURS.refusal(false, concert, at("2026-11-21T20:30"))).isEmpty();
    }

    @Test
    void aRefusalBeforeTheWindowSaysWhenItOpens() {
        EventCalendar concert = single("2026-11-21T20:00", "2026-11-21T22:00");

        assertThat(FIVE_HOURS.refusal(false, concert, at("2026-11-21T10:00")))
                .contains(CheckinNotAllowed.notYet(at("2026-11-21T15:00")));
        assertThat(FIVE_HOURS.refusal(false, concert, at("2026-11-22T04:00")))
                .map(CheckinNotAllowed::reason)
                .contains(CheckinNotAllowed.Reason.EVENT_ENDED);
    }
}

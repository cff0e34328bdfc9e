package be.openpas.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.event.CalendarType;
import be.openpas.event.EventCalendar;
import be.openpas.event.EventId;
import be.openpas.event.EventSettings;
import be.openpas.event.EventView;
import be.openpas.event.UitpasEvents;
import be.openpas.passholder.PassholderView;
import be.openpas.shared.refusal.Outcome;
import be.openpas.shared.time.PeriodLimit;
import be.openpas.shared.time.PeriodType;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.MutableClock;
import be.openpas.support.MutableClockConfiguration;
import be.openpas.support.SaleFixtures;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Check-in limits per calendar period in Belgian local time (domain.md 3.6, 3.7): a day is midnight to midnight even
 * when it has 23 or 25 hours, a week runs Monday to Sunday across the new year, a year starts on 1 January at 00:00
 * in Brussels (23:00 UTC).
 */
@ApiTest
@Import(MutableClockConfiguration.class)
class CheckinCalendarTests {

    @Autowired
    MutableClock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    @Autowired
    UitpasEvents uitpasEvents;

    @Autowired
    Checkins checkins;

    Fixtures.Region region;
    EventView library;
    String card;

    @BeforeEach
    void setUp() {
        region = fixtures.region();
        library = sales.event(
                region.counterId(),
                "0.00",
                new EventCalendar(CalendarType.PERMANENT, null, null, List.of(), List.of()));
        PassholderView passholder = fixtures.passholder(region, null);
        card = passholder.uitpasNumber().orElseThrow();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    void limit(PeriodType period) {
        EventSettings current = uitpasEvents.settings(EventId.of(library.id()));
        uitpasEvents.saveSettings(
                EventId.of(library.id()),
                new EventSettings(null, 1, current.passholderTicketLimit(), new PeriodLimit(1, period)));
    }

    void checkInAt(String brusselsTime) {
        clock.setBrussels(brusselsTime);
        checkins.checkIn(card, library, Channel.COUNTER, null, "test").orElseThrow();
    }

    void refusedAt(String brusselsTime) {
        clock.setBrussels(brusselsTime);
        assertThat(checkins.checkIn(card, library, Channel.COUNTER, null, "test"))
                .isEqualTo(Outcome.refused(CheckinNotAllowed.limitReached(
                        uitpasEvents.settings(EventId.of(library.id())).checkinLimit())));
    }

    @Test
    void permanentEventsAllowOneCheckinPerWeekByDefault() {
        assertThat(uitpasEvents.settings(EventId.of(library.id())).checkinLimit())
                .isEqualTo(new PeriodLimit(1, PeriodType.WEEK));
    }

    @Test
    void dayLimitCountsTheWholeTwentyFiveHourDayWhenTheClocksGoBack() {
        limit(PeriodType.DAY);
        // 25 October 2026 has 25 hours in Brussels
        checkInAt("2026-10-25T00:30");
        refusedAt("2026-10-25T23:30");
        checkInAt("2026-10-26T00:00");
    }

    @Test
    void dayLimitStartsAtLocalMidnightWhenTheClocksGoForward() {
        limit(PeriodType.DAY);
        // 29 March 2026 has 23 hours in Brussels; 00:00 local is 23:00 UTC the day before
        checkInAt("2026-03-28T23:59");
        checkInAt("2026-03-29T00:00");
        refusedAt("2026-03-29T23:59");
    }

    @Test
    void weekLimitRunsFromMondayAcrossTheYearBoundary() {
        limit(PeriodType.WEEK);
        checkInAt("2026-12-27T12:00"); // Sunday
        checkInAt("2026-12-28T00:00"); // Monday: a new week
        refusedAt("2027-01-01T10:00"); // the same week, a new year
        refusedAt("2027-01-03T23:59");
        checkInAt("2027-01-04T00:00");
    }

    @Test
    void yearLimitStartsOnTheFirstOfJanuaryInBrussels() {
        limit(PeriodType.YEAR);
        checkInAt("2026-12-31T23:30");
        checkInAt("2027-01-01T00:00");
        refusedAt("2027-12-31T23:59");
    }

    @Test
    void monthAndQuarterLimitsFollowTheCalendar() {
        limit(PeriodType.MONTH);
        checkInAt("2026-03-31T23:59");
        checkInAt("2026-04-01T00:00");
        refusedAt("2026-04-30T23:59");

        limit(PeriodType.QUARTER);
        refusedAt("2026-06-30T23:59");
        checkInAt("2026-07-01T00:00");
    }

    @Test
    void absoluteLimitIsOnceEver() {
        limit(PeriodType.ABSOLUTE);
        checkInAt("2026-05-01T10:00");
        refusedAt("2029-05-01T10:00");
    }

    @Test
    void checkinWindowFollowsTheClockForDatedEvents() {
        EventView concert = sales.event(
                region.counterId(),
                "5.00",
                new EventCalendar(
                        CalendarType.SINGLE,
                        null,
                        null,
                        List.of(new EventCalendar.TimeSlot(
                                java.time.OffsetDateTime.parse("2027-02-13T20:00+01:00"),
                                java.time.OffsetDateTime.parse("2027-02-13T22:00+01:00"))),
                        List.of()));
        clock.setBrussels("2027-02-13T14:59");
        assertThat(checkins.windowRefusal(concert))
                .get()
                .extracting(CheckinNotAllowed::reason)
                .isEqualTo(CheckinNotAllowed.Reason.NOT_YET);
        clock.setBrussels("2027-02-13T15:00");
        assertThat(checkins.windowRefusal(concert)).isEmpty();
        clock.setBrussels("2027-02-14T03:01");
        assertThat(checkins.windowRefusal(concert))
                .get()
                .extracting(CheckinNotAllowed::reason)
                .isEqualTo(CheckinNotAllowed.Reason.EVENT_ENDED);
    }
}

package be.openpas.event.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.event.CalendarType;
import be.openpas.event.EventCalendar;
import be.openpas.event.EventCalendar.OpeningHours;
import be.openpas.event.EventCalendar.TimeSlot;
import be.openpas.shared.refusal.InvalidInput.Violation;
import be.openpas.shared.refusal.Violations;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calendar rules of UiTdatabank events. */
class CalendarsTests {

    static final OffsetDateTime MONDAY_8PM = OffsetDateTime.parse("2026-12-07T20:00:00+01:00");

    @Test
    void aSingleEventWithStartAndEndGetsOneTimeSlot() {
        Violations errors = new Violations();
        EventCalendar calendar = Calendars.normalise(
                new EventCalendar(CalendarType.SINGLE, MONDAY_8PM, MONDAY_8PM.plusHours(2), null, null), errors);
        assertThat(errors.list()).isEmpty();
        assertThat(calendar.subEvents()).containsExactly(new TimeSlot(MONDAY_8PM, MONDAY_8PM.plusHours(2)));
    }

    @Test
    void aMultipleEventRunsFromItsFirstStartToItsLastEnd() {
        Violations errors = new Violations();
        EventCalendar calendar = Calendars.normalise(
                new EventCalendar(
                        CalendarType.MULTIPLE,
                        null,
                        null,
                        List.of(
                                new TimeSlot(
                                        MONDAY_8PM.plusWeeks(1),
                                        MONDAY_8PM.plusWeeks(1).plusHours(2)),
                                new TimeSlot(MONDAY_8PM, MONDAY_8PM.plusHours(3))),
                        null),
                errors);
        assertThat(errors.list()).isEmpty();
        assertThat(calendar.startDate()).isEqualTo(MONDAY_8PM);
        assertThat(calendar.endDate()).isEqualTo(MONDAY_8PM.plusWeeks(1).plusHours(2));
        assertThat(calendar.subEvents().getFirst().startDate()).isEqualTo(MONDAY_8PM);
    }

    @Test
    void aMultipleEventNeedsAtLeastTwoTimeSlots() {
        Violations errors = new Violations();
        Calendars.normalise(
                new EventCalendar(
                        CalendarType.MULTIPLE,
                        null,
                        null,
                        List.of(new TimeSlot(MONDAY_8PM, MONDAY_8PM.plusHours(1))),
                        null),
                errors);
        assertThat(errors.list()).extracting(Violation::field).containsExactly("calendar.subEvents");
    }

    @Test
    void aTimeSlotCannotEndBeforeItStarts() {
        Violations errors = new Violations();
        Calendars.normalise(
                new EventCalendar(CalendarType.SINGLE, MONDAY_8PM, MONDAY_8PM.minusHours(1), null, null), errors);
        assertThat(errors.list()).extracting(Violation::field).contains("calendar.subEvents[0].endDate");
    }

    @Test
    void aPeriodicEventNeedsAStartAndEndDate() {
        Violations errors = new Violations();
        Calendars.normalise(new EventCalendar(CalendarType.PERIODIC, MONDAY_8PM, null, null, null), errors);
        assertThat(errors.list()).extracting(Violation::field).containsExactly("calendar.endDate");
    }

    @Test
    void aPermanentEventHasNoDatesButMayHaveOpeningHours() {
        Violations errors = new Violations();
        OpeningHours weekdays = new OpeningHours(List.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));
        Calendars.normalise(new EventCalendar(CalendarType.PERMANENT, null, null, null, List.of(weekdays)), errors);
        assertThat(errors.list()).isEmpty();
        Calendars.normalise(new EventCalendar(CalendarType.PERMANENT, MONDAY_8PM, null, null, null), errors);
        assertThat(errors.list()).extracting(Violation::field).containsExactly("calendar");
    }

    @Test
    void openingHoursCloseAfterTheyOpen() {
        Violations errors = new Violations();
        OpeningHours backwards = new OpeningHours(List.of(DayOfWeek.MONDAY), LocalTime.of(17, 0), LocalTime.of(9, 0));
        Calendars.normalise(new EventCalendar(CalendarType.PERMANENT, null, null, null, List.of(backwards)), errors);
        assertThat(errors.list()).extracting(Violation::field).containsExactly("calendar.openingHours[0].closes");
    }

    @Test
    void onlyPeriodicAndPermanentEventsHaveOpeningHours() {
        Violations errors = new Violations();
        OpeningHours hours = new OpeningHours(List.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));
        Calendars.normalise(
                new EventCalendar(CalendarType.SINGLE, MONDAY_8PM, MONDAY_8PM.plusHours(1), null, List.of(hours)),
                errors);
        assertThat(errors.list()).extracting(Violation::field).containsExactly("calendar.openingHours");
    }
}

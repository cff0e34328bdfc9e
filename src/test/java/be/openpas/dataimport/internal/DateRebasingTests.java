package be.openpas.dataimport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.coupon.Coupon;
import be.openpas.coupon.CouponStatus;
import be.openpas.coupon.CouponValue;
import be.openpas.event.CalendarType;
import be.openpas.event.EventCalendar;
import be.openpas.event.EventCommand;
import be.openpas.grouppass.GroupPassAddress;
import be.openpas.grouppass.GroupPassCommand;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rebasing keeps demo events in the future: whole weeks forward, same weekday and local time. */
class DateRebasingTests {

    static EventCommand concertOn(String start) {
        OffsetDateTime at = OffsetDateTime.parse(start);
        return new EventCommand(
                UUID.randomUUID(),
                Map.of("nl", "Concert"),
                null,
                UUID.randomUUID(),
                new EventCalendar(
                        CalendarType.SINGLE,
                        at,
                        at.plusHours(2),
                        List.of(new EventCalendar.TimeSlot(at, at.plusHours(2))),
                        null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void movesEventsByWholeWeeksKeepingWeekdayAndLocalTime() {
        EventCommand moved = DateRebasing.toCurrentWeek(
                        List.of(concertOn("2026-11-27T20:00:00+01:00")),
                        LocalDate.parse("2026-11-23"),
                        LocalDate.parse("2027-04-01"))
                .getFirst();
        OffsetDateTime start = moved.calendar().startDate();
        assertThat(start.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.FRIDAY);
        // 18 weeks later, across the change to summer time: still 20:00 local time
        assertThat(start).isEqualTo(OffsetDateTime.parse("2027-04-02T20:00:00+02:00"));
        assertThat(moved.calendar().subEvents().getFirst().startDate()).isEqualTo(start);
    }

    @Test
    void neverMovesEventsBackwards() {
        List<EventCommand> events = List.of(concertOn("2026-11-27T20:00:00+01:00"));
        assertThat(DateRebasing.toCurrentWeek(events, LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-21")))
                .isSameAs(events);
    }

    @Test
    void movesCouponValidityAndStopMomentsWithTheEvents() {
        Coupon coupon = new Coupon(
                1,
                5,
                "Cultuurbon",
                null,
                CouponValue.discount("6"),
                LocalDate.parse("2026-11-01"),
                LocalDate.parse("2027-10-31"),
                null,
                null,
                null,
                null,
                null,
                CouponStatus.STOPPED,
                OffsetDateTime.parse("2026-11-20T10:00:00+01:00"),
                null);
        Coupon moved = DateRebasing.coupons(List.of(coupon), 18).getFirst();
        assertThat(moved.validFrom()).isEqualTo(LocalDate.parse("2027-03-07"));
        assertThat(moved.validTo()).isEqualTo(LocalDate.parse("2028-03-05"));
        assertThat(moved.stoppedAt()).isEqualTo(OffsetDateTime.parse("2027-03-26T10:00:00+01:00"));
        assertThat(DateRebasing.coupons(List.of(coupon), 0)).containsExactly(coupon);
    }

    @Test
    void movesTheKansenstatuutOfGroupPassesByTheSameWeeks() {
        GroupPassCommand pass = new GroupPassCommand(
                null,
                "OCMW",
                5,
                null,
                null,
                null,
                new GroupPassAddress(null, "9000", "Gent", null),
                LocalDate.parse("2027-04-30"),
                20);
        GroupPassCommand withoutKansenstatuut = pass.withSocialTariffEndDate(null);
        List<GroupPassCommand> moved = DateRebasing.groupPasses(List.of(pass, withoutKansenstatuut), 18);
        assertThat(moved.get(0).socialTariffEndDate()).isEqualTo(LocalDate.parse("2027-09-03"));
        assertThat(moved.get(0).ticketsPerYear()).isEqualTo(20);
        assertThat(moved.get(1).socialTariffEndDate()).isNull();
    }
}

package be.openpas.reward.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.reward.RedeemConstraint;
import be.openpas.shared.time.PeriodType;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Per-passholder limits count in calendar periods in Belgian local time (API#Reward.redeemConstraint): a period starts
 * at local midnight, also when the clocks change, and at the turn of the year.
 */
class RedeemWindowTests {

    static boolean allows(PeriodType period, int volume, String now, String... earlier) {
        return RedeemWindow.allows(
                new RedeemConstraint(volume, period),
                List.of(earlier).stream().map(OffsetDateTime::parse).toList(),
                OffsetDateTime.parse(now));
    }

    @Test
    void redeemConstraintPerCalendarMonthResetsOnTheFirst() {
        assertThat(allows(PeriodType.MONTH, 1, "2026-11-30T23:59:00+01:00", "2026-11-01T00:00:00+01:00"))
                .isFalse();
        assertThat(allows(PeriodType.MONTH, 1, "2026-12-01T00:00:00+01:00", "2026-11-30T23:59:00+01:00"))
                .isTrue();
    }

    @Test
    void aMonthStartsAtBrusselsMidnightNotAtUtcMidnight() {
        // 1 December 00:30 in Brussels is still 30 November in UTC
        assertThat(allows(PeriodType.MONTH, 1, "2026-11-30T23:30:00Z", "2026-11-30T22:00:00Z"))
                .isTrue();
        assertThat(allows(PeriodType.MONTH, 1, "2026-11-30T22:30:00Z", "2026-11-30T21:00:00Z"))
                .isFalse();
    }

    @Test
    void aDayLastsFromLocalMidnightToLocalMidnightOnTheShortDayOfTheSpringDstChange() {
        // Sunday 29 March 2026: the clocks go from 02:00 to 03:00, the day has 23 hours
        RedeemWindow day = RedeemWindow.of(
                new RedeemConstraint(1, PeriodType.DAY), OffsetDateTime.parse("2026-03-29T12:00:00+02:00"));
        assertThat(day.from()).isEqualTo(OffsetDateTime.parse("2026-03-29T00:00:00+01:00"));
        assertThat(day.until()).isEqualTo(OffsetDateTime.parse("2026-03-30T00:00:00+02:00"));
        assertThat(day.until().toEpochSecond() - day.from().toEpochSecond()).isEqualTo(23 * 3600);

        assertThat(allows(PeriodType.DAY, 1, "2026-03-29T23:30:00+02:00", "2026-03-29T00:30:00+01:00"))
                .isFalse();
        assertThat(allows(PeriodType.DAY, 1, "2026-03-30T00:05:00+02:00", "2026-03-29T23:30:00+02:00"))
                .isTrue();
    }

    @Test
    void aDayLastsTwentyFiveHoursOnTheAutumnDstChange() {
        // Sunday 25 October 2026: the clocks go from 03:00 back to 02:00
        RedeemWindow day = RedeemWindow.of(
                new RedeemConstraint(1, PeriodType.DAY), OffsetDateTime.parse("2026-10-25T02:30:00+01:00"));
        assertThat(day.until().toEpochSecond() - day.from().toEpochSecond()).isEqualTo(25 * 3600);
        assertThat(allows(PeriodType.DAY, 1, "2026-10-25T23:59:00+01:00", "2026-10-25T00:01:00+02:00"))
                .isFalse();
    }

    @Test
    void aWeekRunsFromMondayToSundayAlsoAcrossTheTurnOfTheYear() {
        // Monday 28 December 2026 to Sunday 3 January 2027 is one week
        assertThat(allows(PeriodType.WEEK, 1, "2027-01-03T22:00:00+01:00", "2026-12-28T09:00:00+01:00"))
                .isFalse();
        assertThat(allows(PeriodType.WEEK, 1, "2027-01-04T00:00:00+01:00", "2027-01-03T22:00:00+01:00"))
                .isTrue();
    }

    @Test
    void aYearResetsOnTheFirstOfJanuaryInBrussels() {
        assertThat(allows(PeriodType.YEAR, 1, "2026-12-31T23:10:00Z", "2026-01-01T10:00:00+01:00"))
                .as("00:10 on 1 January in Brussels is a new year")
                .isTrue();
        assertThat(allows(PeriodType.YEAR, 1, "2026-12-31T22:50:00Z", "2026-01-01T10:00:00+01:00"))
                .as("23:50 on 31 December in Brussels is the same year")
                .isFalse();
    }

    @Test
    void quartersAreJanuaryToMarchAprilToJuneJulyToSeptemberOctoberToDecember() {
        RedeemWindow q2 = RedeemWindow.of(
                new RedeemConstraint(1, PeriodType.QUARTER), OffsetDateTime.parse("2026-05-17T10:00:00+02:00"));
        assertThat(q2.from()).isEqualTo(OffsetDateTime.parse("2026-04-01T00:00:00+02:00"));
        assertThat(q2.until()).isEqualTo(OffsetDateTime.parse("2026-07-01T00:00:00+02:00"));
        assertThat(allows(PeriodType.QUARTER, 2, "2026-09-30T23:00:00+02:00", "2026-07-01T00:00:00+02:00"))
                .isTrue();
        assertThat(allows(
                        PeriodType.QUARTER,
                        2,
                        "2026-09-30T23:00:00+02:00",
                        "2026-07-01T00:00:00+02:00",
                        "2026-08-15T12:00:00+02:00"))
                .isFalse();
    }

    @Test
    void absoluteCountsEveryRedemptionEver() {
        assertThat(allows(PeriodType.ABSOLUTE, 2, "2030-01-01T00:00:00Z", "2019-01-01T00:00:00Z"))
                .isTrue();
        assertThat(allows(
                        PeriodType.ABSOLUTE, 2, "2030-01-01T00:00:00Z", "2019-01-01T00:00:00Z", "2026-01-01T00:00:00Z"))
                .isFalse();
    }

    @Test
    void theVolumeIsHowManyRedemptionsThePeriodAllows() {
        assertThat(allows(
                        PeriodType.DAY,
                        3,
                        "2026-11-21T20:00:00+01:00",
                        "2026-11-21T09:00:00+01:00",
                        "2026-11-21T10:00:00+01:00"))
                .isTrue();
        assertThat(allows(
                        PeriodType.DAY,
                        3,
                        "2026-11-21T20:00:00+01:00",
                        "2026-11-21T09:00:00+01:00",
                        "2026-11-21T10:00:00+01:00",
                        "2026-11-21T11:00:00+01:00"))
                .isFalse();
    }
}

package be.openpas.checkin.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.checkin.CheckinNotAllowed;
import be.openpas.shared.time.PeriodLimit;
import be.openpas.shared.time.PeriodType;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The check-in limit of an event per calendar period in Belgian local time (domain.md 3.6). */
class CheckinLimitTests {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final CheckinLimit ONCE_A_DAY = new CheckinLimit(new PeriodLimit(1, PeriodType.DAY));

    static OffsetDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BRUSSELS).toOffsetDateTime();
    }

    @Test
    void allowsTheFirstCheckInOfThePeriod() {
        assertThat(ONCE_A_DAY.refusal(0)).isEmpty();
    }

    @Test
    void refusesSecondCheckInOnTheSameDay() {
        assertThat(ONCE_A_DAY.refusal(1)).get().satisfies(refusal -> {
            assertThat(refusal.reason()).isEqualTo(CheckinNotAllowed.Reason.LIMIT_REACHED);
            assertThat(refusal.limit()).isEqualTo(new PeriodLimit(1, PeriodType.DAY));
        });
    }

    @Test
    void allowsAsManyCheckInsAsTheVolume() {
        CheckinLimit threeAWeek = new CheckinLimit(new PeriodLimit(3, PeriodType.WEEK));

        assertThat(threeAWeek.refusal(2)).isEmpty();
        assertThat(threeAWeek.refusal(3)).isPresent();
    }

    @Test
    void aDayRunsFromLocalMidnightToLocalMidnight() {
        PeriodLimit.Window day = ONCE_A_DAY.period(at("2026-11-21T23:30"));

        assertThat(day.from()).isEqualTo(at("2026-11-21T00:00"));
        assertThat(day.until()).isEqualTo(at("2026-11-22T00:00"));
    }

    @Test
    void theDayTheClocksGoBackHasTwentyFiveHours() {
        PeriodLimit.Window day = ONCE_A_DAY.period(at("2026-10-25T23:30"));

        assertThat(java.time.Duration.between(day.from(), day.until())).hasHours(25);
    }

    @Test
    void aWeekStartsOnMonday() {
        PeriodLimit.Window week = new CheckinLimit(new PeriodLimit(1, PeriodType.WEEK)).period(at("2027-01-01T10:00"));

        assertThat(week.from()).isEqualTo(at("2026-12-28T00:00"));
        assertThat(week.until()).isEqualTo(at("2027-01-04T00:00"));
    }

    @Test
    void anAbsoluteLimitCountsEveryCheckInEver() {
        PeriodLimit.Window ever =
                new CheckinLimit(new PeriodLimit(1, PeriodType.ABSOLUTE)).period(at("2026-05-01T10:00"));

        assertThat(ever.from()).isNull();
        assertThat(ever.until()).isNull();
    }
}

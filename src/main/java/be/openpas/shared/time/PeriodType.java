package be.openpas.shared.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar periods of the contract's {@code PeriodLimit}: limits count what happened in the current calendar
 * period (a day, an ISO week from Monday, a month, a quarter, a year) in Belgian local time, or ever (ABSOLUTE).
 */
public enum PeriodType {
    ABSOLUTE,
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR;

    /** The first day of the period that contains {@code day}; {@code null} for ABSOLUTE (no start). */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case ABSOLUTE -> null;
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day after the period that contains {@code day}; {@code null} for ABSOLUTE (no end). */
    public LocalDate end(LocalDate day) {
        return switch (this) {
            case ABSOLUTE -> null;
            case DAY -> day.plusDays(1);
            case WEEK -> start(day).plusWeeks(1);
            case MONTH -> start(day).plusMonths(1);
            case QUARTER -> start(day).plusMonths(3);
            case YEAR -> start(day).plusYears(1);
        };
    }
}

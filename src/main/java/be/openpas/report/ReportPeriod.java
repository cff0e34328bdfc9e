package be.openpas.report;

import be.openpas.shared.time.ClockConfiguration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The contract's ReportPeriod: calendar days in Belgium, both inclusive. A sale belongs to the period when it was made
 * from {@code startDate} 00:00 until before {@code endDate + 1} 00:00, Brussels time (so a day of 23 or 25 hours is
 * counted whole, and a sale at 23:30 on the last day of a month belongs to that month).
 */
public record ReportPeriod(LocalDate startDate, LocalDate endDate) {

    private static final DateTimeFormatter BELGIAN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The first moment of the period. */
    public OffsetDateTime from() {
        return startDate.atStartOfDay(ClockConfiguration.BRUSSELS).toOffsetDateTime();
    }

    /** The first moment after the period. */
    public OffsetDateTime until() {
        return endDate.plusDays(1).atStartOfDay(ClockConfiguration.BRUSSELS).toOffsetDateTime();
    }

    /** "01/07/2026 - 30/09/2026", as counters read dates. */
    public String display() {
        return BELGIAN.format(startDate) + " - " + BELGIAN.format(endDate);
    }
}

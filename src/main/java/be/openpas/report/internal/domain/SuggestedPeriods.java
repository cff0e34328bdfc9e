package be.openpas.report.internal.domain;

import be.openpas.report.ReportPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The report periods suggested to a counter (domain.md 5.2, "suggested ready periods"): the calendar months and
 * quarters that have ended and contain at least one sale, of the last {@link #MONTHS_BACK} months, newest first; a
 * quarter comes before its months. A period that has not ended yet is not suggested (its report would miss the sales
 * still to come), but can always be asked for with its own dates.
 */
public final class SuggestedPeriods {

    public static final int MONTHS_BACK = 24;

    private SuggestedPeriods() {}

    /**
     * @param today the current day in Brussels
     * @param firstSale the day of the first sale, in Brussels
     * @param lastSale the day of the last sale, in Brussels
     * @param hasSales whether a month has sales
     */
    public static List<ReportPeriod> suggest(
            LocalDate today, LocalDate firstSale, LocalDate lastSale, Predicate<ReportPeriod> hasSales) {
        YearMonth lastEnded = YearMonth.from(today).minusMonths(1);
        YearMonth from = YearMonth.from(firstSale);
        YearMonth earliest = YearMonth.from(today).minusMonths(MONTHS_BACK);
        if (from.isBefore(earliest)) {
            from = earliest;
        }
        YearMonth to = YearMonth.from(lastSale);
        if (to.isAfter(lastEnded)) {
            to = lastEnded;
        }
        List<ReportPeriod> suggested = new ArrayList<>();
        List<ReportPeriod> monthsOfQuarter = new ArrayList<>();
        for (YearMonth month = to; !month.isBefore(from); month = month.minusMonths(1)) {
            ReportPeriod period = new ReportPeriod(month.atDay(1), month.atEndOfMonth());
            if (hasSales.test(period)) {
                monthsOfQuarter.add(period);
            }
            boolean firstMonthOfQuarter = (month.getMonthValue() - 1) % 3 == 0;
            if (firstMonthOfQuarter || month.equals(from)) {
                if (!monthsOfQuarter.isEmpty()) {
                    YearMonth quarterStart = month.withMonth(month.getMonthValue() - (month.getMonthValue() - 1) % 3);
                    YearMonth quarterEnd = quarterStart.plusMonths(2);
                    if (!quarterEnd.isAfter(lastEnded)) {
                        suggested.add(new ReportPeriod(quarterStart.atDay(1), quarterEnd.atEndOfMonth()));
                    }
                    suggested.addAll(monthsOfQuarter);
                    monthsOfQuarter.clear();
                }
            }
        }
        return suggested;
    }
}

package be.openpas.passholder.internal.domain;

import be.openpas.passholder.SocialTariffEndDates;
import be.openpas.passholder.SocialTariffStatus;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Optional;

/**
 * The kansenstatuut (social-tariff entitlement) of a membership of one card system (domain.md 2.6, 3.3).
 *
 * <ul>
 *   <li>It ends on {@code endDate} (inclusive, Belgian calendar day). By default that is 30 April of next year (the
 *       card system's setting), and it may not be later than 31 December of next year.
 *   <li>After the end date a grace period of the card system's number of days follows in which everything still
 *       works: the status stays ACTIVE, with {@code inGracePeriod}.
 *   <li>After the grace period it is EXPIRED: no kansentarief in this card system.
 *   <li>SUSPENDED until a date: no kansentarief until then (points and rewards still work).
 * </ul>
 */
public record Kansenstatuut(LocalDate endDate, LocalDate suspendedUntil) {

    /** The status on a day, with {@code inGracePeriod} for ACTIVE after the end date. */
    public record State(SocialTariffStatus status, boolean inGracePeriod, LocalDate graceEnd) {

        public boolean entitled() {
            return status == SocialTariffStatus.ACTIVE;
        }
    }

    public State on(LocalDate today, int graceDays) {
        LocalDate graceEnd = endDate.plusDays(graceDays);
        if (suspendedUntil != null && !today.isAfter(suspendedUntil) && !today.isAfter(graceEnd)) {
            return new State(SocialTariffStatus.SUSPENDED, false, graceEnd);
        }
        if (!today.isAfter(endDate)) {
            return new State(SocialTariffStatus.ACTIVE, false, graceEnd);
        }
        if (!today.isAfter(graceEnd)) {
            return new State(SocialTariffStatus.ACTIVE, true, graceEnd);
        }
        return new State(SocialTariffStatus.EXPIRED, false, graceEnd);
    }

    /** The default end date of a new or renewed kansenstatuut: the card system's day of next year. */
    public static LocalDate defaultEndDate(LocalDate today, MonthDay cardSystemDefault) {
        return cardSystemDefault.atYear(today.getYear() + 1);
    }

    /** The latest allowed end date: 31 December of next year. */
    public static LocalDate latestEndDate(LocalDate today) {
        return Year.of(today.getYear() + 1).atMonth(12).atEndOfMonth();
    }

    /** Why an end date cannot be used, if it cannot: before today, or after the latest end date. */
    public static Optional<SocialTariffEndDates.Problem> endDateCheck(LocalDate endDate, LocalDate today) {
        if (endDate.isBefore(today)) {
            return Optional.of(SocialTariffEndDates.Problem.PAST);
        }
        if (endDate.isAfter(latestEndDate(today))) {
            return Optional.of(SocialTariffEndDates.Problem.TOO_LATE);
        }
        return Optional.empty();
    }

    /** Why an end date cannot be used, if it cannot, in the words of a violation. */
    public static Optional<String> endDateProblem(LocalDate endDate, LocalDate today) {
        return endDateCheck(endDate, today).map(problem -> switch (problem) {
            case PAST -> "must not be in the past";
            case TOO_LATE -> "may be at most " + latestEndDate(today) + " (31 December of next year)";
        });
    }

    /**
     * The end date a renewal proposes: a renewal extends, to the card system's default day of next year, or to the
     * latest end date when the current one lies after the default; a current end date after both stays.
     */
    public static LocalDate renewalEndDate(LocalDate currentEndDate, LocalDate proposed, LocalDate latest) {
        if (proposed.isAfter(currentEndDate)) {
            return proposed;
        }
        return latest.isAfter(currentEndDate) ? latest : currentEndDate;
    }
}

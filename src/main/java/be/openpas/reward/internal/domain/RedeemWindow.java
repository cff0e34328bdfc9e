package be.openpas.reward.internal.domain;

import be.openpas.reward.RedeemConstraint;
import be.openpas.shared.time.ClockConfiguration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;

/**
 * The calendar period a per-passholder redeem limit counts in (API#Reward.redeemConstraint, domain.md 3.7): the day,
 * ISO week (Monday to Sunday), month, quarter or year that contains the moment, in Belgian local time, so a new
 * period starts at local midnight also across a daylight-saving change; ABSOLUTE counts every redemption ever.
 *
 * @param from inclusive, {@code null} for ABSOLUTE
 * @param until exclusive, {@code null} for ABSOLUTE
 */
public record RedeemWindow(OffsetDateTime from, OffsetDateTime until) {

    public static RedeemWindow of(RedeemConstraint constraint, OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(ClockConfiguration.BRUSSELS).toLocalDate();
        LocalDate start = constraint.period().start(today);
        LocalDate end = constraint.period().end(today);
        return new RedeemWindow(startOf(start), startOf(end));
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day == null
                ? null
                : day.atStartOfDay(ClockConfiguration.BRUSSELS).toOffsetDateTime();
    }

    public boolean contains(OffsetDateTime moment) {
        return (from == null || !moment.isBefore(from)) && (until == null || moment.isBefore(until));
    }

    /** How many of these redemption moments fall in the window. */
    public int count(Collection<OffsetDateTime> redemptions) {
        return (int) redemptions.stream().filter(this::contains).count();
    }

    /** Whether one more redemption is allowed now, given the passholder's earlier (not cancelled) redemptions. */
    public static boolean allows(RedeemConstraint constraint, Collection<OffsetDateTime> earlier, OffsetDateTime now) {
        return constraint == null || of(constraint, now).count(earlier) < constraint.volume();
    }
}

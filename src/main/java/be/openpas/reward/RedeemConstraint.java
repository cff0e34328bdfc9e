package be.openpas.reward;

import be.openpas.shared.time.PeriodLimit;
import be.openpas.shared.time.PeriodType;
import java.util.Objects;

/**
 * The contract's {@code Reward.redeemConstraint}: a passholder may redeem the reward at most {@code volume} times per
 * calendar {@code period} (Europe/Brussels), or ever (ABSOLUTE).
 */
public record RedeemConstraint(int volume, PeriodType period) {

    /** What a welcome reward always has: once. */
    public static final RedeemConstraint ONCE = new RedeemConstraint(1, PeriodType.ABSOLUTE);

    public RedeemConstraint {
        Objects.requireNonNull(period, "period");
    }

    public PeriodLimit asLimit() {
        return new PeriodLimit(volume, period);
    }
}

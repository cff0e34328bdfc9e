package be.openpas.reward.internal.domain;

import be.openpas.reward.Reward;
import be.openpas.reward.RewardDefinition;
import be.openpas.reward.RewardPeriod;
import java.util.ArrayList;
import java.util.List;

/**
 * After a reward's first redemption (POINTS) or grant (WELCOME), its {@code points}, {@code redeemPeriod.begin} and
 * {@code grantingPeriod.begin} can no longer change (API:put-rewards-id, V3D omruilvoordeel.md): passholders redeemed
 * or received it on those terms. The lock stays when the redemptions are cancelled.
 */
public final class EditLock {

    private EditLock() {}

    /** The locked fields a normalised definition would change (empty when the reward is not in use yet). */
    public static List<String> changedLockedFields(Reward stored, RewardDefinition next) {
        List<String> changed = new ArrayList<>();
        if (!stored.inUse()) {
            return changed;
        }
        if (next.points() == null || next.points() != stored.points()) {
            changed.add("points");
        }
        if (!RewardChecks.sameInstant(begin(stored.redeemPeriod()), begin(next.redeemPeriod()))) {
            changed.add("redeemPeriod.begin");
        }
        if (!RewardChecks.sameInstant(begin(stored.grantingPeriod()), begin(next.grantingPeriod()))) {
            changed.add("grantingPeriod.begin");
        }
        return changed;
    }

    private static java.time.OffsetDateTime begin(RewardPeriod period) {
        return period == null ? null : period.begin();
    }
}

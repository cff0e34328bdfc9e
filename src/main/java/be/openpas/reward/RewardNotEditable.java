package be.openpas.reward;

import be.openpas.shared.refusal.Refusal;
import java.util.List;
import java.util.UUID;

/**
 * {@code reward-not-editable}: the reward was redeemed (POINTS) or granted (WELCOME) already, so these fields can no
 * longer change ({@code points}, {@code redeemPeriod.begin}, {@code grantingPeriod.begin}; docs/rewards.md).
 */
public record RewardNotEditable(UUID rewardId, RewardType type, List<String> lockedFields) implements Refusal {

    public RewardNotEditable {
        lockedFields = List.copyOf(lockedFields);
    }

    @Override
    public String slug() {
        return "reward-not-editable";
    }
}

package be.openpas.reward;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code reward-not-found}: the reward asked for does not exist (or its id is malformed), or ({@code referenced}) a
 * command names one that does not (the reward to redeem).
 */
public record RewardNotFound(String rewardId, boolean referenced) implements Refusal {

    public RewardNotFound(Object rewardId) {
        this(String.valueOf(rewardId), false);
    }

    /** A reward named in a command that does not exist. */
    public static RewardNotFound referenced(Object rewardId) {
        return new RewardNotFound(String.valueOf(rewardId), true);
    }

    @Override
    public String slug() {
        return "reward-not-found";
    }
}

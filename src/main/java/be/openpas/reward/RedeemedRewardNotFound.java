package be.openpas.reward;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code redeemed-reward-not-found} (openpas' own type; the contract declares a 404 without one): no redemption has
 * this id, or it was cancelled already.
 */
public record RedeemedRewardNotFound(String redemptionId) implements Refusal {

    @Override
    public String slug() {
        return "redeemed-reward-not-found";
    }
}

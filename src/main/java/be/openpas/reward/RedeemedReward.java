package be.openpas.reward;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A redemption (the contract's {@code RedeemedReward}): which passholder redeemed which reward, where, for how many
 * points, and the redeem code handed out (if the reward has codes).
 *
 * @param reward the reward as it is now
 * @param cancelledAt when it was cancelled (its points refunded), or {@code null}
 */
public record RedeemedReward(
        UUID id,
        Reward reward,
        UUID passholderId,
        String uitpasNumber,
        UUID organizerId,
        int points,
        String redeemCode,
        OffsetDateTime redeemedAt,
        OffsetDateTime cancelledAt) {

    public boolean cancelled() {
        return cancelledAt != null;
    }
}

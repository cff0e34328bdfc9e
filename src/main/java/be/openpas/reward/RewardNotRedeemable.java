package be.openpas.reward;

import be.openpas.card.CardStatus;
import be.openpas.shared.refusal.Refusal;
import java.util.UUID;

/**
 * A redemption was refused by the first failing check (domain.md 3.7): the contract's {@link RedeemReason} and, more
 * precisely, {@link Why} (a welcome reward that was not granted, a reward that is not on offer). Named after the slug
 * of its reason ({@code reward-period-constraint}, {@code invalid-card}...).
 *
 * @param cardStatus the card's status when the card cannot be used ({@link Why#CARD_NOT_USABLE}), else {@code null}
 */
public record RewardNotRedeemable(UUID rewardId, Why why, CardStatus cardStatus) implements Refusal {

    /** The refusal in detail; each belongs to one {@link RedeemReason}. */
    public enum Why {
        /** The card is not the passholder's current, active card (or it is a group pass's). */
        CARD_NOT_USABLE(RedeemReason.INVALID_CARD),
        /** No membership counts as active (blocked, or only an expired kansenstatuut). */
        NO_ACTIVE_MEMBERSHIP(RedeemReason.PASSHOLDER_NO_ACTIVE_CARDSYSTEM),
        /** The reward is not for members of the passholder's card systems. */
        NOT_FOR_THE_CARD_SYSTEMS(RedeemReason.PASSHOLDER_APPLICABLE_CARDSYSTEMS),
        /** The reward is INACTIVE or DELETED. */
        NOT_ACTIVE(RedeemReason.REWARD_PERIOD),
        /** The redeem period has not begun. */
        NOT_YET(RedeemReason.REWARD_PERIOD),
        /** The redeem period has ended. */
        PERIOD_ENDED(RedeemReason.REWARD_PERIOD),
        /** All units have been taken. */
        SOLD_OUT(RedeemReason.REWARD_VOLUME),
        /** All codes of the reward's list were handed out. */
        CODES_HANDED_OUT(RedeemReason.REWARD_VOLUME),
        /** A welcome reward that was not granted to the passholder. */
        NOT_GRANTED(RedeemReason.PASSHOLDER_VOLUME),
        /** The passholder's limit in the current calendar period (a welcome reward: once). */
        LIMIT_REACHED(RedeemReason.PASSHOLDER_VOLUME),
        /** The balance does not cover the points. */
        NOT_ENOUGH_POINTS(RedeemReason.PASSHOLDER_POINTS);

        private final RedeemReason reason;

        Why(RedeemReason reason) {
            this.reason = reason;
        }

        public RedeemReason reason() {
            return reason;
        }
    }

    public RewardNotRedeemable(UUID rewardId, Why why) {
        this(rewardId, why, null);
    }

    public RedeemReason reason() {
        return why.reason();
    }

    @Override
    public String slug() {
        return switch (reason()) {
            case INVALID_CARD -> "invalid-card";
            case PASSHOLDER_NO_ACTIVE_CARDSYSTEM -> "passholder-no-active-cardsystems";
            case PASSHOLDER_APPLICABLE_CARDSYSTEMS -> "reward-passholder-no-applicable-cardsystems";
            case REWARD_PERIOD -> "reward-period-constraint";
            case REWARD_VOLUME -> "reward-volume-constraint";
            case PASSHOLDER_VOLUME -> "reward-passholder-volume-constraint";
            case PASSHOLDER_POINTS -> "reward-passholder-points-constraint";
        };
    }
}

package be.openpas.reward;

/**
 * Why a passholder cannot redeem a reward: the contract's {@code redeem-status} reasons, in the order they are checked
 * (domain.md 3.7). Each is answered with a problem type of its own by {@code POST /rewards/redeemed} (docs/rewards.md).
 */
public enum RedeemReason {
    INVALID_CARD,
    /** The contract's enum value (its description spells it {@code ..._CARDSYSTEMS}; domain.md 7.2). */
    PASSHOLDER_NO_ACTIVE_CARDSYSTEM,
    PASSHOLDER_APPLICABLE_CARDSYSTEMS,
    REWARD_PERIOD,
    REWARD_VOLUME,
    PASSHOLDER_VOLUME,
    PASSHOLDER_POINTS
}

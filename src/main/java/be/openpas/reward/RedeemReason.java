package be.openpas.reward;

import be.openpas.shared.problem.ProblemType;

/**
 * Why a passholder cannot redeem a reward: the contract's {@code redeem-status} reasons, in the order they are checked
 * (domain.md 3.7), each with the problem type {@code POST /rewards/redeemed} answers.
 */
public enum RedeemReason {
    INVALID_CARD(ProblemType.INVALID_CARD),
    /** The contract's enum value (its description spells it {@code ..._CARDSYSTEMS}; domain.md 7.2). */
    PASSHOLDER_NO_ACTIVE_CARDSYSTEM(ProblemType.PASSHOLDER_NO_ACTIVE_CARDSYSTEMS),
    PASSHOLDER_APPLICABLE_CARDSYSTEMS(ProblemType.REWARD_PASSHOLDER_NO_APPLICABLE_CARDSYSTEMS),
    REWARD_PERIOD(ProblemType.REWARD_PERIOD_CONSTRAINT),
    REWARD_VOLUME(ProblemType.REWARD_VOLUME_CONSTRAINT),
    PASSHOLDER_VOLUME(ProblemType.REWARD_PASSHOLDER_VOLUME_CONSTRAINT),
    PASSHOLDER_POINTS(ProblemType.REWARD_PASSHOLDER_POINTS_CONSTRAINT);

    private final ProblemType problemType;

    RedeemReason(ProblemType problemType) {
        this.problemType = problemType;
    }

    public ProblemType problemType() {
        return problemType;
    }
}

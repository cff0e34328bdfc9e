package be.openpas.reward;

import be.openpas.shared.problem.ApiProblem;

/**
 * A redemption was refused: the problem type of the first failing check (domain.md 3.7), with the end-user message of
 * the refusal (for example "this welcome reward was not granted to you").
 */
public class RewardNotRedeemable extends ApiProblem {

    private final transient RedeemReason reason;

    public RewardNotRedeemable(RedeemReason reason, String detail) {
        super(reason.problemType(), detail);
        this.reason = reason;
    }

    public RedeemReason reason() {
        return reason;
    }
}

package be.openpas.reward;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;

/** {@code uitpas/reward-not-found}: 404 for a reward in the path, 400 for one named in a request body (redeem). */
public class RewardNotFound extends ApiProblem {

    public RewardNotFound(Object id) {
        super(ProblemType.REWARD_NOT_FOUND, "Reward " + id + " does not exist.");
    }
}

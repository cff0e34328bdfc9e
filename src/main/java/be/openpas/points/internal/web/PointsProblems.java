package be.openpas.points.internal.web;

import be.openpas.points.NotEnoughPoints;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import org.springframework.stereotype.Component;

/** How points refusals look in the contract. */
@Component
class PointsProblems implements RefusalMapping {

    /** The ledger refused to take more points than the balance holds (openpas: the contract has no type for it). */
    static final ProblemType NOT_ENOUGH_POINTS = ProblemType.openpas("not-enough-points", 400, "Not enough points");

    @Override
    public void map(Mappings mappings) {
        mappings.on(
                NotEnoughPoints.class,
                refusal -> new ApiProblem(
                        NOT_ENOUGH_POINTS,
                        "The balance is " + refusal.balance() + "; " + refusal.requested()
                                + " points cannot be taken."));
    }
}

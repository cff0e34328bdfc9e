package be.openpas.card;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;

/** {@code uitpas/invalid-card}: the card exists but cannot be used for this (wrong card system, not at this counter...). */
public class InvalidCard extends ApiProblem {

    public InvalidCard(String detail) {
        super(ProblemType.INVALID_CARD, detail);
    }
}

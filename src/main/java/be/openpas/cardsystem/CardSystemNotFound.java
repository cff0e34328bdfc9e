package be.openpas.cardsystem;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;

/** {@code uitpas/cardsystem-not-found}: 404 for a card system in the URL path, 400 for one referenced in a request. */
public class CardSystemNotFound extends ApiProblem {

    public CardSystemNotFound(int cardSystemId) {
        super(ProblemType.CARDSYSTEM_NOT_FOUND, "Card system " + cardSystemId + " does not exist.");
    }

    /** The variant for a card system referenced in a query or body (400). */
    public static ApiProblem referenced(int cardSystemId) {
        return new CardSystemNotFound(cardSystemId).withStatus(400);
    }
}

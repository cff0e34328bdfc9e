package be.openpas.cardsystem.internal.web;

import be.openpas.cardsystem.CardSystemNotFound;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import org.springframework.stereotype.Component;

/** How card-system refusals look in the contract. */
@Component
class CardSystemProblems implements RefusalMapping {

    static final ProblemType CARDSYSTEM_NOT_FOUND =
            ProblemType.uitpas("cardsystem-not-found", 404, "Card system not found");

    @Override
    public void map(Mappings mappings) {
        // 404 for a card system in the URL path, 400 for one named in a query or body
        mappings.on(
                CardSystemNotFound.class,
                refusal -> new ApiProblem(
                                CARDSYSTEM_NOT_FOUND, "Card system " + refusal.cardSystemId() + " does not exist.")
                        .withStatus(refusal.referenced() ? 400 : 404));
    }
}

package be.openpas.cardsystem.internal.web;

import be.openpas.cardsystem.CardSystemNotFound;
import be.openpas.cardsystem.InvalidCardSystem;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import org.springframework.stereotype.Component;

/** How card-system refusals look in the contract. */
@Component
class CardSystemProblems implements RefusalMapping {

    static final ProblemType CARDSYSTEM_NOT_FOUND =
            ProblemType.uitpas("cardsystem-not-found", 404, "Card system not found");
    static final ProblemType INVALID_CARD_SYSTEM =
            ProblemType.uitpas("invalid-card-system", 400, "Invalid card system");
    static final ProblemType INVALID_POSTAL_CODE =
            ProblemType.uitpas("invalid-postal-code", 400, "Invalid postal code");
    static final ProblemType POSTAL_CODE_REQUIRED =
            ProblemType.uitpas("postal-code-required", 400, "Postal code required");
    static final ProblemType POSTAL_CODE_NOT_IN_CARD_SYSTEM =
            ProblemType.uitpas("postal-code-not-in-card-system", 400, "Postal code not in card system");

    @Override
    public void map(Mappings mappings) {
        // 404 for a card system in the URL path, 400 for one named in a query or body
        mappings.on(
                        CardSystemNotFound.class,
                        refusal -> new ApiProblem(
                                        CARDSYSTEM_NOT_FOUND,
                                        "Card system " + refusal.cardSystemId() + " does not exist.")
                                .withStatus(refusal.referenced() ? 400 : 404))
                .on(
                        InvalidCardSystem.class,
                        refusal -> new ApiProblem(
                                INVALID_CARD_SYSTEM,
                                switch (refusal.reason()) {
                                    case UNKNOWN -> "Card system " + refusal.cardSystemId() + " does not exist.";
                                    case NOT_OF_ORGANIZER ->
                                        "The organizer is not in card system " + refusal.cardSystemId() + ".";
                                }));
    }
}

package be.openpas.passholder.internal.web;

import be.openpas.passholder.CardBlocked;
import be.openpas.passholder.NoPassholderWithCard;
import be.openpas.passholder.PassNotFound;
import be.openpas.passholder.PassholderBlocked;
import be.openpas.passholder.PassholderNoActiveCardSystems;
import be.openpas.passholder.PassholderNotFound;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import org.springframework.stereotype.Component;

/** How passholder refusals look in the contract. */
@Component
class PassholderProblems implements RefusalMapping {

    static final ProblemType PASSHOLDER_NOT_FOUND =
            ProblemType.uitpas("passholder-not-found", 404, "Passholder not found");
    static final ProblemType PASSHOLDER_NO_ACTIVE_CARDSYSTEMS =
            ProblemType.uitpas("passholder-no-active-cardsystems", 400, "Passholder has no active card systems");
    static final ProblemType PASS_NOT_FOUND = ProblemType.uitpas("pass-not-found", 404, "Pass not found");
    static final ProblemType PASSHOLDER_BLOCKED = ProblemType.uitpas("passholder-blocked", 400, "Passholder blocked");
    static final ProblemType CARD_BLOCKED = ProblemType.uitpas("card-blocked", 400, "Card blocked");

    @Override
    public void map(Mappings mappings) {
        // 404 for a passholder in the URL path, 400 for one named in a request (by id or by card)
        mappings.on(
                        PassholderNotFound.class,
                        refusal -> new ApiProblem(
                                        PASSHOLDER_NOT_FOUND,
                                        "Passholder " + refusal.passholderId() + " does not exist.")
                                .withStatus(refusal.referenced() ? 400 : 404))
                .on(
                        NoPassholderWithCard.class,
                        refusal -> new ApiProblem(
                                        PASSHOLDER_NOT_FOUND,
                                        switch (refusal.why()) {
                                            case UNKNOWN_CARD -> "No passholder has this card.";
                                            case NOT_HANDED_OUT -> "The card has not been given to a passholder.";
                                            case NOT_CURRENT -> "The card is not a passholder's current card.";
                                        })
                                .withStatus(400))
                .on(
                        PassholderNoActiveCardSystems.class,
                        refusal -> new ApiProblem(
                                PASSHOLDER_NO_ACTIVE_CARDSYSTEMS,
                                "The passholder has no active membership (or only ones with an expired"
                                        + " kansenstatuut)."))
                .on(PassNotFound.class, refusal -> new ApiProblem(PASS_NOT_FOUND, "No pass has this identifier."))
                .on(
                        PassholderBlocked.class,
                        refusal -> new ApiProblem(PASSHOLDER_BLOCKED, "The membership of this pass is blocked."))
                .on(CardBlocked.class, refusal -> new ApiProblem(CARD_BLOCKED, "This card is blocked."));
    }
}

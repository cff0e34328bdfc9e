package be.openpas.card.internal.web;

import be.openpas.card.CardNotFound;
import be.openpas.card.InvalidCard;
import be.openpas.card.InvalidCardStatus;
import be.openpas.card.InvalidUitpasNumber;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import org.springframework.stereotype.Component;

/** How card refusals look in the contract. */
@Component
class CardProblems implements RefusalMapping {

    static final ProblemType INVALID_UITPAS_NUMBER =
            ProblemType.uitpas("invalid-uitpas-number", 400, "Invalid UiTPAS number");
    static final ProblemType INVALID_CARD = ProblemType.uitpas("invalid-card", 400, "Invalid card");
    static final ProblemType INVALID_CARD_STATUS =
            ProblemType.uitpas("invalid-card-status", 400, "Invalid card status");
    static final ProblemType PASS_NOT_FOUND = ProblemType.uitpas("pass-not-found", 404, "Pass not found");

    @Override
    public void map(Mappings mappings) {
        mappings.on(
                        InvalidUitpasNumber.class,
                        refusal -> new ApiProblem(
                                INVALID_UITPAS_NUMBER, "A UiTPAS number has 13 digits with a valid check digit."))
                .on(InvalidCard.class, CardProblems::invalidCard)
                .on(InvalidCardStatus.class, CardProblems::invalidCardStatus)
                .on(
                        CardNotFound.class,
                        refusal -> new ApiProblem(
                                PASS_NOT_FOUND,
                                refusal.uitpasNumber() == null
                                        ? "No card has this number."
                                        : "Card " + refusal.uitpasNumber() + " does not exist."));
    }

    /** {@code invalid-card-status} with the card's {@code cardStatus}, and for a pass its owner and kind. */
    static ApiProblem invalidCardStatus(InvalidCardStatus refusal) {
        ApiProblem problem = new ApiProblem(INVALID_CARD_STATUS, "The card is " + refusal.status() + ".")
                .withExtension("cardStatus", refusal.status().name());
        if (refusal.holderId() != null
                && refusal.passType() != null
                && (refusal.status() == be.openpas.card.CardStatus.BLOCKED
                        || refusal.status() == be.openpas.card.CardStatus.DELETED)) {
            problem = problem.withExtension("passholderId", refusal.holderId().toString());
        }
        if (refusal.passType() != null) {
            problem = problem.withExtension("passType", refusal.passType().name());
        }
        return problem;
    }

    static ApiProblem invalidCard(InvalidCard refusal) {
        ApiProblem problem = new ApiProblem(INVALID_CARD, detail(refusal));
        return refusal.status() == null
                ? problem
                : problem.withExtension("cardStatus", refusal.status().name());
    }

    private static String detail(InvalidCard refusal) {
        String card = refusal.uitpasNumber() == null ? "The card" : "Card " + refusal.uitpasNumber();
        return switch (refusal.reason()) {
            case UNKNOWN -> card + " does not exist.";
            case OTHER_CARD_SYSTEM -> card + " belongs to another card system.";
            case NOT_IN_COUNTER_STOCK -> card + " is not in the stock of this counter.";
            case KANSENPAS_MISMATCH ->
                "A kansenstatuut goes with a kansenpas (12th digit 1), and a kansenpas with a"
                        + " kansenstatuut; replace the card first (OBTAIN_KANSENSTATUUT).";
            case NEW_CARD_NEEDED -> "Joining with a kansenstatuut needs a new card of the card system.";
            case NO_CARD -> "This membership has no card.";
            case DIGITAL_NOT_ALLOWED -> "The card system does not allow registration with a digital card.";
            case NOT_A_PASSHOLDERS_CARD -> card + " is not a passholder's card.";
            case NOT_USABLE -> card + " cannot be used for this.";
        };
    }
}

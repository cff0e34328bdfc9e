package be.openpas.kiosk.internal.web;

import be.openpas.card.InvalidCard;
import be.openpas.card.InvalidCardStatus;
import be.openpas.checkin.CheckinNotAllowed;
import be.openpas.kiosk.NoOpenEvent;
import be.openpas.passholder.NoPassholderWithCard;
import be.openpas.passholder.PassholderNoActiveCardSystems;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import org.springframework.stereotype.Component;

/**
 * How kiosk refusals look in the contract, which lists fewer problem types for a kiosk than a counter has
 * (docs/kiosks.md): the check-in limit is {@code maximum-reached}, a card that is not active {@code card-blocked}, a
 * card that is not a passholder's current one {@code passholder-not-found}, and a passholder without an active
 * membership cannot check in ({@code checkin-not-allowed}, with the message of {@code
 * passholder-no-active-cardsystems}).
 */
@Component
class KioskProblems implements RefusalMapping {

    static final ProblemType EVENT_NOT_FOUND = ProblemType.uitpas("event-not-found", 400, "Event not found");
    static final ProblemType MAXIMUM_REACHED = ProblemType.uitpas("maximum-reached", 400, "Maximum reached");
    static final ProblemType CARD_BLOCKED = ProblemType.uitpas("card-blocked", 400, "Card blocked");

    @Override
    public void map(Mappings mappings) {
        mappings.on(
                        NoOpenEvent.class,
                        refusal -> new ApiProblem(EVENT_NOT_FOUND, "No event of this kiosk allows check-ins now.")
                                .withEndUserMessage("problem.uitpas.event-not-found.kiosk"))
                .on(CheckinNotAllowed.class, (refusal, usual) -> {
                    ApiProblem problem = usual.problem(refusal);
                    if (refusal.reason() == CheckinNotAllowed.Reason.LIMIT_REACHED) {
                        return new ApiProblem(MAXIMUM_REACHED, problem.detail())
                                .withEndUserMessage(problem.messageKey(), problem.messageArguments());
                    }
                    return problem;
                })
                .on(
                        InvalidCardStatus.class,
                        refusal -> new ApiProblem(CARD_BLOCKED, "The card with this chip is " + refusal.status() + "."))
                .on(
                        InvalidCard.class,
                        (refusal, usual) ->
                                usual.problem(new NoPassholderWithCard(null, NoPassholderWithCard.Why.NOT_CURRENT)))
                .on(
                        PassholderNoActiveCardSystems.class,
                        (refusal, usual) ->
                                usual.problem(new CheckinNotAllowed(CheckinNotAllowed.Reason.NO_ACTIVE_MEMBERSHIP)));
    }
}

package be.openpas.kiosk.internal.web;

import be.openpas.card.InvalidCard;
import be.openpas.card.InvalidCardStatus;
import be.openpas.checkin.CheckinNotAllowed;
import be.openpas.kiosk.EventNotAcceptable;
import be.openpas.kiosk.KioskAlreadyConfigured;
import be.openpas.kiosk.KioskDeviceAlreadyInUse;
import be.openpas.kiosk.KioskNotFound;
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
    static final ProblemType EVENT_NOT_ACCEPTABLE =
            ProblemType.uitpas("event-not-acceptable", 400, "Event not acceptable");
    /** The setup's kiosk name that does not go with the configuration code. */
    static final ProblemType KIOSK_NOT_FOUND = ProblemType.uitpas("kiosk-not-found", 400, "Kiosk not found");

    static final ProblemType KIOSK_ALREADY_CONFIGURED =
            ProblemType.uitpas("kiosk-already-configured", 400, "Kiosk already configured");
    static final ProblemType KIOSK_DEVICE_ALREADY_IN_USE =
            ProblemType.uitpas("kiosk-device-already-in-use", 400, "Kiosk device already in use");

    @Override
    public void map(Mappings mappings) {
        mappings.on(
                        KioskNotFound.class,
                        // a kiosk id in the path is answered as the contract's url/not-found (404)
                        refusal -> refusal.byName()
                                ? new ApiProblem(
                                        KIOSK_NOT_FOUND,
                                        "No kiosk named '" + refusal.name() + "' has this configuration code.")
                                : new ApiProblem(
                                        ProblemType.URL_NOT_FOUND, "Kiosk " + refusal.kioskId() + " does not exist."))
                .on(
                        KioskAlreadyConfigured.class,
                        refusal -> new ApiProblem(
                                KIOSK_ALREADY_CONFIGURED,
                                "Kiosk " + refusal.name()
                                        + " has been set up already; an administrator can reset its device."))
                .on(
                        KioskDeviceAlreadyInUse.class,
                        refusal ->
                                new ApiProblem(KIOSK_DEVICE_ALREADY_IN_USE, "This device id is used by another kiosk."))
                .on(
                        EventNotAcceptable.class,
                        refusal -> new ApiProblem(
                                EVENT_NOT_ACCEPTABLE,
                                switch (refusal.why()) {
                                    case NOT_OF_THE_KIOSK ->
                                        "The event is neither organized by an organizer of this kiosk nor at one of"
                                                + " its locations.";
                                    case ENDED -> "Nobody can check in at this event any more: it has ended.";
                                    case CANCELLED -> "Nobody can check in at this event any more: it is cancelled.";
                                }))
                .on(
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

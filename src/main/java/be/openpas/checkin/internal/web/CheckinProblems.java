package be.openpas.checkin.internal.web;

import be.openpas.card.InvalidUitpasNumber;
import be.openpas.checkin.CheckinCodeExpired;
import be.openpas.checkin.CheckinCodeInvalid;
import be.openpas.checkin.CheckinNotAllowed;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import be.openpas.shared.time.ClockConfiguration;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * How check-in refusals look in the contract: {@code checkin-not-allowed} with an end-user message that says why (the
 * bundle key {@code checkin.refused.<reason>} of {@code messages/checkins}).
 */
@Component
public class CheckinProblems implements RefusalMapping {

    static final ProblemType CHECKIN_NOT_ALLOWED =
            ProblemType.uitpas("checkin-not-allowed", 400, "Check-in not allowed");
    static final ProblemType CHECKIN_CODE_INVALID =
            ProblemType.uitpas("checkin-code-invalid", 400, "Invalid check-in code");
    static final ProblemType CHECKIN_CODE_EXPIRED =
            ProblemType.uitpas("checkin-code-expired", 400, "Check-in code expired");
    /** Check-ins spell the type of a malformed number without a hyphen (as tariffs and ticket sales do). */
    static final ProblemType INVALID_UITPASNUMBER =
            ProblemType.uitpas("invalid-uitpasnumber", 400, "Invalid UiTPAS number");

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d/MM/yyyy HH:mm");

    @Override
    public void map(Mappings mappings) {
        mappings.on(CheckinNotAllowed.class, CheckinProblems::checkinNotAllowed)
                .on(
                        CheckinCodeInvalid.class,
                        refusal -> new ApiProblem(
                                CHECKIN_CODE_INVALID,
                                switch (refusal.why()) {
                                    case NOT_A_CODE -> "This is not a check-in code.";
                                    case NOT_AN_UITPAS_EVENT -> "The event of this code is no longer an UiTPAS event.";
                                }))
                .on(
                        CheckinCodeExpired.class,
                        refusal -> new ApiProblem(CHECKIN_CODE_EXPIRED, "The event of this check-in code has ended."))
                .on(
                        InvalidUitpasNumber.class,
                        refusal -> new ApiProblem(
                                INVALID_UITPASNUMBER, "A UiTPAS number has 13 digits with a valid check digit."));
    }

    static ApiProblem checkinNotAllowed(CheckinNotAllowed refusal) {
        ApiProblem problem = new ApiProblem(CHECKIN_NOT_ALLOWED, detail(refusal));
        return switch (refusal.reason()) {
            case NOT_YET ->
                problem.withEndUserMessage(
                        "checkin.refused.NOT_YET",
                        MOMENT.format(refusal.opensAt().atZoneSameInstant(ClockConfiguration.BRUSSELS)));
            case LIMIT_REACHED ->
                problem.withEndUserMessage(
                        "checkin.refused.LIMIT_REACHED."
                                + refusal.limit().periodType().name(),
                        refusal.limit().volume());
            case NO_ACTIVE_MEMBERSHIP -> problem.withEndUserMessage("problem.uitpas.passholder-no-active-cardsystems");
            default ->
                problem.withEndUserMessage("checkin.refused." + refusal.reason().name());
        };
    }

    private static String detail(CheckinNotAllowed refusal) {
        return switch (refusal.reason()) {
            case EVENT_ENDED -> "The event has ended; check-ins are no longer possible.";
            case NOT_YET -> "Check-ins open at " + refusal.opensAt() + ".";
            case CLOSED -> "Check-ins are only possible during the event's opening hours or time slots.";
            case EVENT_CANCELLED -> "The event is cancelled.";
            case LIMIT_REACHED ->
                "The check-in limit of the event (" + refusal.limit().volume() + " per "
                        + refusal.limit().periodType() + ") is reached.";
            case GROUP_PASS -> "Group passes cannot check in.";
            case NO_ACTIVE_CARD -> "The passholder has no active card.";
            case NO_ACTIVE_MEMBERSHIP ->
                "The passholder has no active membership (or only ones with an expired kansenstatuut).";
        };
    }
}

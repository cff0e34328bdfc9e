package be.openpas.checkin;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import java.util.List;
import java.util.Map;

/**
 * {@code uitpas/checkin-not-allowed}, with an end-user message that says why ("Deze activiteit is afgelopen", "Je
 * spaarde al een punt vandaag"): the bundle key {@code checkin.refused.<reason>} of {@code messages/checkins}.
 * {@link #reason()} lets other channels map a reason to their own problem type (a kiosk answers
 * {@code maximum-reached} for the limit, as the contract says).
 */
public class CheckinNotAllowed extends ApiProblem {

    public enum Reason {
        EVENT_ENDED,
        NOT_YET,
        CLOSED,
        EVENT_CANCELLED,
        LIMIT_REACHED,
        GROUP_PASS,
        NO_ACTIVE_CARD
    }

    private final Reason reason;
    private final String messageKey;

    public CheckinNotAllowed(Reason reason, String detail, String messageKey, Object... arguments) {
        super(
                ProblemType.CHECKIN_NOT_ALLOWED,
                ProblemType.CHECKIN_NOT_ALLOWED.status(),
                detail,
                List.of(),
                Map.of(),
                arguments);
        this.reason = reason;
        this.messageKey = messageKey;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}

package be.openpas.checkin;

import be.openpas.shared.refusal.Refusal;
import be.openpas.shared.time.PeriodLimit;
import java.time.OffsetDateTime;

/**
 * {@code checkin-not-allowed}, and why: the event ended, has not opened yet ({@code opensAt}), is closed now, was
 * cancelled, the passholder reached the event's {@code limit}, it is a group pass, or the passholder has no active card
 * or membership. Each reason has an end-user message of its own ("Deze activiteit is afgelopen", "Je spaarde al een
 * punt vandaag"); other channels may answer a reason with their own problem type (a kiosk answers
 * {@code maximum-reached} for the limit, as the contract says).
 */
public record CheckinNotAllowed(Reason reason, OffsetDateTime opensAt, PeriodLimit limit) implements Refusal {

    public enum Reason {
        EVENT_ENDED,
        NOT_YET,
        CLOSED,
        EVENT_CANCELLED,
        LIMIT_REACHED,
        GROUP_PASS,
        NO_ACTIVE_CARD,
        /** No membership counts as active (at a kiosk, which has no problem type of its own for it). */
        NO_ACTIVE_MEMBERSHIP
    }

    public CheckinNotAllowed(Reason reason) {
        this(reason, null, null);
    }

    public static CheckinNotAllowed notYet(OffsetDateTime opensAt) {
        return new CheckinNotAllowed(Reason.NOT_YET, opensAt, null);
    }

    public static CheckinNotAllowed limitReached(PeriodLimit limit) {
        return new CheckinNotAllowed(Reason.LIMIT_REACHED, null, limit);
    }

    @Override
    public String slug() {
        return "checkin-not-allowed";
    }
}

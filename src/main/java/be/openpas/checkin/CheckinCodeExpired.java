package be.openpas.checkin;

import be.openpas.shared.refusal.Refusal;
import java.util.UUID;

/**
 * {@code checkin-code-expired}: the event of the code is past its last check-in moment (judged by the event's current
 * dates, so a postponed event keeps its code).
 */
public record CheckinCodeExpired(UUID eventId) implements Refusal {

    @Override
    public String slug() {
        return "checkin-code-expired";
    }
}

package be.openpas.event;

import be.openpas.shared.refusal.Refusal;
import java.time.OffsetDateTime;

/**
 * openpas' {@code event-ended}: the event's settings are frozen once it has ended, so that the limits in force stay the
 * ones the passholders had.
 */
public record EventEnded(EventId eventId, OffsetDateTime endedAt) implements Refusal {

    @Override
    public String slug() {
        return "event-ended";
    }
}

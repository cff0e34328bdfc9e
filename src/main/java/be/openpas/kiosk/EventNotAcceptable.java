package be.openpas.kiosk;

import be.openpas.shared.refusal.Refusal;
import java.util.UUID;

/**
 * {@code event-not-acceptable}: the event cannot be a kiosk's fixed event, because it is neither organized by one of
 * the kiosk's organizers nor at one of its locations, or because nobody can check in there any more (it has ended or
 * is cancelled).
 */
public record EventNotAcceptable(UUID eventId, Why why) implements Refusal {

    public enum Why {
        NOT_OF_THE_KIOSK,
        ENDED,
        CANCELLED
    }

    @Override
    public String slug() {
        return "event-not-acceptable";
    }
}

package be.openpas.kiosk;

import be.openpas.shared.refusal.Refusal;
import java.util.UUID;

/**
 * {@code event-not-found} at a kiosk: no event of the kiosk (its fixed event, or one of its organizers and places)
 * allows check-ins now.
 */
public record NoOpenEvent(UUID kioskId) implements Refusal {

    @Override
    public String slug() {
        return "event-not-found";
    }
}

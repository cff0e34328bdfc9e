package be.openpas.ticketing;

import be.openpas.shared.refusal.Refusal;
import java.util.UUID;

/** {@code social-tariff-not-available}: the static tariffs of an event have no social tariff, and why. */
public record SocialTariffNotAvailable(UUID eventId, Reason reason) implements Refusal {

    public enum Reason {
        /** No distribution key gives a kansentarief for this event and price. */
        NO_KEY,
        /** The event's ticket limit per passholder is 0: it sells no tickets at kansentarief. */
        NO_TICKETS
    }

    @Override
    public String slug() {
        return "social-tariff-not-available";
    }
}

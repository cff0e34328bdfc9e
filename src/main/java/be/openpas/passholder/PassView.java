package be.openpas.passholder;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a counter sees when it identifies a pass: the passholder, the UiTPAS number, points, postal code, the
 * kansenstatuut of that card's card system, and messages that must be shown to the passholder.
 */
public record PassView(
        UUID passholderId,
        String uitpasNumber,
        int cardSystemId,
        String firstName,
        int points,
        String postalCode,
        SocialTariffView socialTariff,
        List<Message> messages) {

    public enum Level {
        INFO,
        WARN,
        ERROR
    }

    /**
     * A message by bundle key ({@code messages/passes*.properties}) with its arguments. Messages about the
     * kansenstatuut are flagged, so they are left out for callers who may not know it.
     */
    public record Message(Level level, String key, List<Object> arguments, boolean aboutSocialTariff) {}

    /** The end date the kansenstatuut had, if any. */
    public LocalDate socialTariffEndDate() {
        return socialTariff == null ? null : socialTariff.endDate();
    }
}

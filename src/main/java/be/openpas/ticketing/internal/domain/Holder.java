package be.openpas.ticketing.internal.domain;

import java.util.Map;
import java.util.UUID;

/**
 * Who buys a ticket, as the tariff rules see it: a passholder or a group pass, where they live, and per card system
 * their kansenstatuut and since when they are an active member.
 *
 * @param cardSystemId the card system of the card that was presented
 * @param municipality the (main) municipality of the holder's postal code, or {@code null} when unknown
 * @param age in whole years today, or {@code null} (group passes)
 * @param socialTariffs per card system where the holder has (or had) a kansenstatuut, how it stands today
 * @param memberships the card systems in which the holder is an active member, with the moment they joined
 */
public record Holder(
        Kind kind,
        UUID id,
        String uitpasNumber,
        int cardSystemId,
        String postalCode,
        String municipality,
        Integer age,
        Map<Integer, Entitlement> socialTariffs,
        Map<Integer, java.time.OffsetDateTime> memberships) {

    public enum Kind {
        PASSHOLDER,
        GROUPPASS
    }

    public enum Entitlement {
        /** Active, including the grace period. */
        ENTITLED,
        EXPIRED,
        SUSPENDED
    }

    public Holder {
        socialTariffs = Map.copyOf(socialTariffs);
        memberships = Map.copyOf(memberships);
    }

    public boolean entitledIn(int cardSystemId) {
        return socialTariffs.get(cardSystemId) == Entitlement.ENTITLED;
    }

    public boolean entitledAnywhere() {
        return socialTariffs.containsValue(Entitlement.ENTITLED);
    }

    public boolean groupPass() {
        return kind == Kind.GROUPPASS;
    }
}

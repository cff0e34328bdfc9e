package be.openpas.passholder.internal.domain;

import be.openpas.cardsystem.CardSystemView;

/**
 * Whether an address lies in a card system's region (domain.md 3.2): a kansenstatuut of a card system binds the
 * passholder's address to its region (its cities' postal codes), and the price of a card depends on it (inhabitants
 * pay the inhabitants' price). An address abroad is never in a region (its price postal code is 0000).
 */
public final class SocialTariffRegion {

    private SocialTariffRegion() {}

    public static boolean covers(CardSystemView cardSystem, boolean belgianAddress, String postalCode) {
        return belgianAddress && postalCode != null && cardSystem.coversPostalCode(postalCode.strip());
    }
}

package be.openpas.passholder;

/**
 * What the caller may do at the registering counter, beyond registering: grant a kansenstatuut
 * ({@code PASSHOLDERS_WRITE_SOCIALTARIFF}), for any city of the card system
 * ({@code PASSHOLDERS_WRITE_SOCIALTARIFF_FULL_CARDSYSTEM}), and register people living abroad
 * ({@code PASSHOLDERS_WRITE_FOREIGN_COUNTRY}).
 */
public record RegistrationRights(boolean socialTariff, boolean fullCardSystem, boolean foreignCountry) {

    public static final RegistrationRights ALL = new RegistrationRights(true, true, true);

    /**
     * Whether a Belgian resident may be registered without an INSZ number: only where a kansenstatuut may be granted
     * (domain.md 3.9; people abroad never need one).
     */
    public boolean inszOptional() {
        return socialTariff;
    }
}

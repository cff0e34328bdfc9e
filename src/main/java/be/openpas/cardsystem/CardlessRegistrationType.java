package be.openpas.cardsystem;

/** Which online (digital, cardless) registrations a card system accepts. */
public enum CardlessRegistrationType {
    ALL,
    REGULAR,
    SOCIALTARIFF,
    NONE;

    public boolean allowsSocialTariff() {
        return this == ALL || this == SOCIALTARIFF;
    }
}

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

    /**
     * Whether a digital card may be handed out for a passholder with ({@code socialTariff}) or without a kansenstatuut:
     * {@code ALL} for both, {@code REGULAR} only without, {@code SOCIALTARIFF} only with, {@code NONE} never.
     */
    public boolean allowsDigitalCard(boolean socialTariff) {
        return switch (this) {
            case ALL -> true;
            case REGULAR -> !socialTariff;
            case SOCIALTARIFF -> socialTariff;
            case NONE -> false;
        };
    }
}

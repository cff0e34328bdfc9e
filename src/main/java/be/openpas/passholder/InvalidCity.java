package be.openpas.passholder;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code invalid-city}: the Belgian address is not a known municipality, or (for a kansenstatuut) it lies outside the
 * region of the card system ({@code cardSystemId}, only for {@link Reason#OUTSIDE_REGION}).
 */
public record InvalidCity(Reason reason, Integer cardSystemId) implements Refusal {

    public enum Reason {
        /** A Belgian postal code has four digits. */
        INVALID_FORMAT,
        /** No municipality has this postal code. */
        UNKNOWN_POSTAL_CODE,
        /** The city is not a municipality with this postal code. */
        CITY_MISMATCH,
        /** A kansenstatuut of the card system needs an address in its region (domain.md 3.2). */
        OUTSIDE_REGION
    }

    public InvalidCity(Reason reason) {
        this(reason, null);
    }

    /** The address lies outside the region of the card system of a kansenstatuut. */
    public static InvalidCity outsideRegion(int cardSystemId) {
        return new InvalidCity(Reason.OUTSIDE_REGION, cardSystemId);
    }

    @Override
    public String slug() {
        return "invalid-city";
    }
}

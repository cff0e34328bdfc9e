package be.openpas.municipality;

import be.openpas.shared.refusal.InvalidInput.Violation;
import java.util.Optional;

/** The verdict on a Belgian postal code and city name against the municipality list. */
public enum AddressCheck {
    /** Known postal code with a matching (deel)gemeente or hoofdgemeente name, or no list loaded. */
    VALID,
    /** Not four digits. */
    INVALID_FORMAT,
    /** The list is loaded and does not know this postal code. */
    UNKNOWN_POSTAL_CODE,
    /** The postal code is known, but not with this city name. */
    CITY_MISMATCH;

    public boolean valid() {
        return this == VALID;
    }

    /**
     * What is wrong with the address of a command, if anything: a violation of its postal code (named by its property
     * path in the command, {@code postalCodeField}) or, when the city does not go with the postal code, of its city
     * ({@code cityField}).
     */
    public Optional<Violation> violation(String postalCode, String city, String postalCodeField, String cityField) {
        return switch (this) {
            case VALID -> Optional.empty();
            case INVALID_FORMAT ->
                Optional.of(new Violation(postalCodeField, "must be a Belgian postal code of four digits"));
            case UNKNOWN_POSTAL_CODE ->
                Optional.of(new Violation(postalCodeField, "unknown postal code " + postalCode));
            case CITY_MISMATCH ->
                Optional.of(new Violation(
                        cityField, "'" + city + "' is not a municipality with postal code " + postalCode));
        };
    }
}

package be.openpas.municipality;

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
}

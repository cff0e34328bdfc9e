package be.openpas.cardsystem;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How large a passholder's family list may be in this card system: members (the main member included) and adults
 * among them. The contract leaves the limits open; openpas's defaults are 10 members and 4 adults.
 */
public record FamilySettings(
        @Min(1) @Max(50) Integer maxMembers,
        @Min(1) @Max(50) Integer maxAdults) {

    public static final int DEFAULT_MAX_MEMBERS = 10;
    public static final int DEFAULT_MAX_ADULTS = 4;
    public static final FamilySettings DEFAULTS = new FamilySettings(DEFAULT_MAX_MEMBERS, DEFAULT_MAX_ADULTS);

    public FamilySettings {
        maxMembers = maxMembers == null ? DEFAULT_MAX_MEMBERS : maxMembers;
        maxAdults = maxAdults == null ? DEFAULT_MAX_ADULTS : maxAdults;
    }
}

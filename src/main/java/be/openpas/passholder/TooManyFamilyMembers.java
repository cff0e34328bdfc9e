package be.openpas.passholder;

import be.openpas.shared.refusal.Refusal;

/** {@code too-many-family-members}: the family list has its maximum number of members (the main member included). */
public record TooManyFamilyMembers(int maximum) implements Refusal {

    @Override
    public String slug() {
        return "too-many-family-members";
    }
}

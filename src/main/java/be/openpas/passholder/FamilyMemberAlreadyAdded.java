package be.openpas.passholder;

import be.openpas.shared.refusal.Refusal;

/** {@code family-member-already-added}: the passholder is already in the family list (or is its main member). */
public record FamilyMemberAlreadyAdded() implements Refusal {

    @Override
    public String slug() {
        return "family-member-already-added";
    }
}

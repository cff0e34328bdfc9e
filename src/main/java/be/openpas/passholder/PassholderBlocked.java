package be.openpas.passholder;

import be.openpas.shared.refusal.Refusal;

/** {@code passholder-blocked}: the membership of this pass is blocked. */
public record PassholderBlocked() implements Refusal {

    @Override
    public String slug() {
        return "passholder-blocked";
    }
}

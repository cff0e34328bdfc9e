package be.openpas.passholder;

import be.openpas.shared.refusal.Refusal;

/** {@code card-blocked}: this card is blocked. */
public record CardBlocked() implements Refusal {

    @Override
    public String slug() {
        return "card-blocked";
    }
}

package be.openpas.card;

import be.openpas.shared.refusal.Refusal;

/**
 * A malformed UiTPAS number. (The contract spells its type two ways, {@code invalid-uitpas-number} and, for tariffs,
 * ticket sales and check-ins, {@code invalid-uitpasnumber}: that is for the modules' web edges to say.)
 */
public record InvalidUitpasNumber() implements Refusal {

    @Override
    public String slug() {
        return "invalid-uitpas-number";
    }
}

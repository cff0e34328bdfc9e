package be.openpas.card;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code pass-not-found}: no card has this UiTPAS or chip number ({@code uitpasNumber} is null when the card was asked
 * for by its chip). A number that is not a UiTPAS number at all is {@link InvalidUitpasNumber}.
 */
public record CardNotFound(String uitpasNumber) implements Refusal {

    @Override
    public String slug() {
        return "pass-not-found";
    }
}

package be.openpas.passholder;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code passholder-not-found} for a card: no passholder holds the card with this UiTPAS number or chip number (no
 * card has it, it is still in stock, or it is not the current card of anybody).
 */
public record NoPassholderWithCard(String cardNumber, Why why) implements Refusal {

    public enum Why {
        /** No card has this number. */
        UNKNOWN_CARD,
        /** The card exists but was never handed to a passholder. */
        NOT_HANDED_OUT,
        /** The card is not the current card of a passholder. */
        NOT_CURRENT
    }

    public NoPassholderWithCard(String cardNumber) {
        this(cardNumber, Why.UNKNOWN_CARD);
    }

    @Override
    public String slug() {
        return "passholder-not-found";
    }
}

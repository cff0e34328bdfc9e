package be.openpas.cardsystem;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code cardsystem-not-found}: the card system asked for does not exist, or ({@code referenced}) a command names one
 * that does not.
 */
public record CardSystemNotFound(int cardSystemId, boolean referenced) implements Refusal {

    public CardSystemNotFound(int cardSystemId) {
        this(cardSystemId, false);
    }

    /** A card system named in a command (a query parameter or a field of the body) that does not exist. */
    public static CardSystemNotFound referenced(int cardSystemId) {
        return new CardSystemNotFound(cardSystemId, true);
    }

    @Override
    public String slug() {
        return "cardsystem-not-found";
    }
}

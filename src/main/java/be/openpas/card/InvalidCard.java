package be.openpas.card;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code invalid-card}: the card exists (or should) but cannot be used for this, and why; where the contract shows
 * it, the card's {@code status}.
 */
public record InvalidCard(String uitpasNumber, Reason reason, CardStatus status) implements Refusal {

    public enum Reason {
        /** No card has this number. */
        UNKNOWN,
        /** The card belongs to another card system than the one of the request. */
        OTHER_CARD_SYSTEM,
        /** The card is not in the stock of the counter that hands it out. */
        NOT_IN_COUNTER_STOCK,
        /** A kansenstatuut goes with a kansenpas (12th digit 1), and a kansenpas with a kansenstatuut. */
        KANSENPAS_MISMATCH,
        /** Joining a card system with a kansenstatuut needs a new card of that card system. */
        NEW_CARD_NEEDED,
        /** The membership has no card (a digital one without a card number, or one taken back). */
        NO_CARD,
        /** The card system does not allow registration with a digital card (with a kansenstatuut). */
        DIGITAL_NOT_ALLOWED,
        /** The card is not the current card of a passholder (replaced, or never handed out). */
        NOT_A_PASSHOLDERS_CARD,
        /** The card cannot be used for this: a group pass's card, or a card that is no longer current. */
        NOT_USABLE
    }

    public InvalidCard(String uitpasNumber, Reason reason) {
        this(uitpasNumber, reason, null);
    }

    public InvalidCard(Reason reason) {
        this(null, reason, null);
    }

    @Override
    public String slug() {
        return "invalid-card";
    }
}

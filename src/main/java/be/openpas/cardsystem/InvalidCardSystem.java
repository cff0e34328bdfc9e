package be.openpas.cardsystem;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code invalid-card-system}: a command names a card system that cannot be used for it: one that does not exist where
 * the contract answers with this type rather than {@code cardsystem-not-found}, or one the organizer concerned does not
 * take part in.
 */
public record InvalidCardSystem(CardSystemId cardSystemId, Reason reason) implements Refusal {

    public enum Reason {
        /** No card system has this id. */
        UNKNOWN,
        /** The organizer concerned (of an event, a reward...) does not take part in this card system. */
        NOT_OF_ORGANIZER
    }

    @Override
    public String slug() {
        return "invalid-card-system";
    }
}

package be.openpas.card;

import be.openpas.shared.refusal.Refusal;
import java.util.UUID;

/**
 * {@code invalid-card-status}: the card's status does not allow this; the contract shows the actual {@code status}
 * and, for a pass that was looked up, what kind of pass it is and (for a blocked or replaced card) whose it is.
 */
public record InvalidCardStatus(CardStatus status, UUID holderId, PassType passType) implements Refusal {

    /** The kind of pass a looked-up card is (the contract's {@code passType}). */
    public enum PassType {
        INDIVIDUAL,
        GROUP
    }

    public InvalidCardStatus(CardStatus status) {
        this(status, null, null);
    }

    /** For pass lookups: also the holder (shown for blocked or deleted cards) and the pass type. */
    public static InvalidCardStatus ofPass(CardStatus status, UUID holderId, PassType passType) {
        return new InvalidCardStatus(status, holderId, passType);
    }

    @Override
    public String slug() {
        return "invalid-card-status";
    }
}

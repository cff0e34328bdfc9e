package be.openpas.card;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a card (domain.md 2.4): numbers are generated (PROVISIONED) and sent to a counter, which confirms
 * receipt (LOCAL_STOCK); registration gives the card to a passholder (ACTIVE); it can be blocked and unblocked; a
 * card that was created by mistake or is no longer wanted is DELETED, which is final. A card in local stock can go
 * back to the central stock.
 */
public enum CardStatus {
    PROVISIONED,
    LOCAL_STOCK,
    ACTIVE,
    BLOCKED,
    DELETED;

    public Set<CardStatus> next() {
        return switch (this) {
            case PROVISIONED -> EnumSet.of(LOCAL_STOCK, DELETED);
            case LOCAL_STOCK -> EnumSet.of(ACTIVE, PROVISIONED, DELETED);
            case ACTIVE -> EnumSet.of(BLOCKED);
            case BLOCKED -> EnumSet.of(ACTIVE, DELETED);
            case DELETED -> EnumSet.noneOf(CardStatus.class);
        };
    }

    public boolean canBecome(CardStatus status) {
        return next().contains(status);
    }
}

package be.openpas.ticketing;

import java.util.Objects;
import java.util.UUID;

/**
 * Whose sales a report covers: the sales of one organizer, or every sale made with a distribution key or coupon of
 * one card system (whose municipalities and funders pay the discount).
 */
public record SaleScope(UUID organizerId, Integer cardSystemId) {

    public SaleScope {
        if ((organizerId == null) == (cardSystemId == null)) {
            throw new IllegalArgumentException("a scope is an organizer or a card system");
        }
    }

    public static SaleScope organizer(UUID organizerId) {
        return new SaleScope(Objects.requireNonNull(organizerId), null);
    }

    public static SaleScope cardSystem(int cardSystemId) {
        return new SaleScope(null, cardSystemId);
    }
}

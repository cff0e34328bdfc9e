package be.openpas.card;

import java.util.UUID;

/**
 * A card: its number, chip, card system, type, status, kansenpas flag, and the counter that holds it in stock (or
 * to which it was sent).
 */
public record CardView(
        String uitpasNumber,
        String chipNumber,
        int cardSystemId,
        CardType cardType,
        CardStatus status,
        boolean socialTariff,
        UUID organizerId,
        Long packageId) {}

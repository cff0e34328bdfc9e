package be.openpas.card.internal.domain;

import be.openpas.card.UitpasNumber;

/**
 * New UiTPAS numbers: a five-digit card-system code (the card system id, zero-padded), a six-digit sequence per card
 * system, the kansenpas digit, and the Luhn check digit (the v3 structure of domain.md 3.14: prefix, sequence, kansen
 * digit, check digit).
 */
public final class CardNumbers {

    public static final long MAX_SEQUENCE = 999_999;
    public static final int MAX_CARD_SYSTEM_ID = 99_999;

    private CardNumbers() {}

    public static UitpasNumber compose(int cardSystemId, long sequence, boolean kansenpas) {
        if (cardSystemId < 1 || cardSystemId > MAX_CARD_SYSTEM_ID) {
            throw new IllegalArgumentException("card system ids above " + MAX_CARD_SYSTEM_ID + " have no number range");
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("the number range of card system " + cardSystemId + " is exhausted");
        }
        String first12 = "%05d%06d%d".formatted(cardSystemId, sequence, kansenpas ? 1 : 0);
        return new UitpasNumber(first12 + UitpasNumber.checkDigit(first12));
    }
}

package be.openpas.card.internal.web;

import be.openpas.card.CardView;

/** The contract's {@code Card} schema. */
record Card(String uitpasNumber, CardSystemReference cardSystem, String cardType, String status, boolean socialTariff) {

    record CardSystemReference(int id, String name) {}

    static Card of(CardView card, String cardSystemName) {
        return new Card(
                card.uitpasNumber(),
                new CardSystemReference(card.cardSystemId(), cardSystemName),
                card.cardType().name(),
                card.status().name(),
                card.socialTariff());
    }
}

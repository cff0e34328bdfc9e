package be.openpas.balie.internal.web;

import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.UitpasNumber;
import java.util.Optional;

/** A card number typed, scanned or picked in a form (registration, replacement): a valid number of a known card. */
final class CardInput {

    record Found(UitpasNumber number, CardView card) {}

    private CardInput() {}

    /** The card, or empty with the error added to {@code field} (not a UiTPAS number, or no such card). */
    static Optional<Found> find(Cards cards, String input, String field, FormErrors errors) {
        Optional<UitpasNumber> number = UitpasNumber.parse(input);
        if (number.isEmpty()) {
            errors.add(field, "register.card.invalid");
            return Optional.empty();
        }
        Optional<CardView> card = cards.find(number.get().value());
        if (card.isEmpty()) {
            errors.add(field, "register.card.unknown");
            return Optional.empty();
        }
        return Optional.of(new Found(number.get(), card.get()));
    }
}

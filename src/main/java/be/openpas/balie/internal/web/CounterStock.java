package be.openpas.balie.internal.web;

import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.UitpasNumber;
import be.openpas.cardsystem.CardSystemView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The counter's stock of new cards as the registration and the card replacement offer them: a few of each kind to pick
 * (the others can be scanned or typed), and the card chosen, which must be one the counter may hand out.
 */
@Component
class CounterStock {

    /** How many cards of each kind are offered to pick. */
    static final int SHOWN = 5;

    /** A card of the counter's stock that can be picked. */
    record StockOption(String value, String number, String cardSystem, boolean kansenpas) {}

    private final Cards cards;

    CounterStock(Cards cards) {
        this.cards = cards;
    }

    /** Regular cards and, with {@code kansenpassen}, kansenpassen of the card system in the counter's stock. */
    List<StockOption> offered(UUID counter, CardSystemView cardSystem, boolean regular, boolean kansenpassen) {
        List<CardView> offered = new ArrayList<>();
        if (regular) {
            offered.addAll(cards.localStock(counter, cardSystem.id(), false, SHOWN));
        }
        if (kansenpassen) {
            offered.addAll(cards.localStock(counter, cardSystem.id(), true, SHOWN));
        }
        return offered.stream()
                .map(card -> new StockOption(
                        "stock:" + card.uitpasNumber(),
                        Formats.cardNumber(card.uitpasNumber()),
                        cardSystem.name(),
                        card.socialTariff()))
                .toList();
    }

    /**
     * The card typed, scanned or picked: a valid number of a known card, or empty with the error added to {@code
     * field} (not a UiTPAS number, or no such card).
     */
    Optional<CardView> find(String input, String field, FormErrors errors) {
        Optional<UitpasNumber> number = UitpasNumber.parse(input);
        if (number.isEmpty()) {
            errors.add(field, "register.card.invalid");
            return Optional.empty();
        }
        Optional<CardView> card = cards.find(number.get().value());
        if (card.isEmpty()) {
            errors.add(field, "register.card.unknown");
        }
        return card;
    }
}

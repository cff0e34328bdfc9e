package be.openpas.balie.internal.web;

import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The names of the card systems, as the pages show them next to memberships and cards. */
@Component
class CardSystemNames {

    private final CardSystems cardSystems;

    CardSystemNames(CardSystems cardSystems) {
        this.cardSystems = cardSystems;
    }

    /** Every card system's name by its id. */
    Map<Integer, String> all() {
        Map<Integer, String> names = new HashMap<>();
        cardSystems.all().forEach(system -> names.put(system.id(), system.name()));
        return names;
    }

    /** The name of one card system (its id when it is unknown). */
    String of(int cardSystemId) {
        return cardSystems
                .find(CardSystemId.of(cardSystemId))
                .map(CardSystemView::name)
                .orElse(String.valueOf(cardSystemId));
    }
}

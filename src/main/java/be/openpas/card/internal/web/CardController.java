package be.openpas.card.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.card.CardNotFound;
import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.ChipNumber;
import be.openpas.card.InvalidUitpasNumber;
import be.openpas.card.UitpasNumber;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystems;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.refusal.RefusalException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /cards: the status of a card by UiTPAS number or chip number ({@code CARDS_READ}). */
@RestController
class CardController {

    private final Cards cards;
    private final CardSystems cardSystems;
    private final Access access;

    CardController(Cards cards, CardSystems cardSystems, Access access) {
        this.cards = cards;
        this.cardSystems = cardSystems;
        this.access = access;
    }

    @GetMapping("/cards")
    Card card(@RequestParam(required = false) String uitpasNumber, @RequestParam(required = false) String chipNumber) {
        access.requireAny(Permission.CARDS_READ);
        CardView card;
        if (uitpasNumber != null) {
            UitpasNumber number =
                    UitpasNumber.parse(uitpasNumber).orElseThrow(() -> new InvalidUitpasNumber().exception());
            card = cards.find(number.value()).orElseThrow(CardController::notFound);
        } else if (chipNumber != null) {
            ChipNumber chip = ChipNumber.parse(chipNumber).orElseThrow(CardController::notFound);
            card = cards.findByChip(chip.value()).orElseThrow(CardController::notFound);
        } else {
            throw new ApiProblem(ProblemType.URL_QUERY_PARAMETER_MISSING, "Give uitpasNumber or chipNumber.");
        }
        return Card.of(
                card, cardSystems.get(CardSystemId.of(card.cardSystemId())).name());
    }

    private static RefusalException notFound() {
        return new CardNotFound(null).exception();
    }
}

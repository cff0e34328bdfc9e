package be.openpas.passholder.internal;

import be.openpas.card.CardStatus;
import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.InvalidCard;
import be.openpas.card.InvalidCardStatus;
import be.openpas.card.InvalidUitpasNumber;
import be.openpas.card.UitpasNumber;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.shared.refusal.InvalidInput;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The card a counter hands out: an NFC card from its own stock, or a digital card where the card system allows it. */
@Component
public class StockCards {

    private final Cards cards;

    StockCards(Cards cards) {
        this.cards = cards;
    }

    /**
     * The NFC card with this number from the counter's stock in the card system; {@code field} names the number in
     * the command (it is required).
     */
    public CardView stockCard(String uitpasNumber, String field, int cardSystemId, UUID organizerId) {
        if (uitpasNumber == null) {
            throw InvalidInput.of(field, "is required for an NFC card").exception();
        }
        UitpasNumber number = UitpasNumber.parse(uitpasNumber).orElseThrow(() -> new InvalidUitpasNumber().exception());
        CardView card = cards.find(number.value())
                .orElseThrow(() -> new InvalidCard(number.value(), InvalidCard.Reason.UNKNOWN).exception());
        if (card.cardSystemId() != cardSystemId) {
            throw new InvalidCard(card.uitpasNumber(), InvalidCard.Reason.OTHER_CARD_SYSTEM).exception();
        }
        if (card.status() != CardStatus.LOCAL_STOCK) {
            throw new InvalidCardStatus(card.status()).exception();
        }
        if (!organizerId.equals(card.organizerId())) {
            throw new InvalidCard(card.uitpasNumber(), InvalidCard.Reason.NOT_IN_COUNTER_STOCK).exception();
        }
        return card;
    }

    /** Whether the card with this number is a kansenpas (false for an unknown card: the price is quoted without). */
    public boolean kansenpas(String uitpasNumber) {
        return UitpasNumber.parse(uitpasNumber)
                .flatMap(number -> cards.find(number.value()))
                .map(CardView::socialTariff)
                .orElse(false);
    }

    /** Hands out the stock card, or a new digital card when there is none. */
    public CardView handOut(CardView stockCard, int cardSystemId, UUID organizerId, boolean kansenpas) {
        return stockCard != null
                ? cards.activate(stockCard.uitpasNumber(), cardSystemId, organizerId)
                : cards.createDigital(cardSystemId, kansenpas);
    }

    /** Digital (cardless) cards only where the card system allows them, for this kind of passholder. */
    public static void requireCardless(CardSystemView cardSystem, boolean socialTariff) {
        if (!cardSystem.cardlessRegistrationType().allowsDigitalCard(socialTariff)) {
            throw new InvalidCard(InvalidCard.Reason.DIGITAL_NOT_ALLOWED).exception();
        }
    }

    /** A voucher code as it is used: trimmed, {@code null} when blank. */
    public static String voucher(String code) {
        return code == null || code.isBlank() ? null : code.trim();
    }
}

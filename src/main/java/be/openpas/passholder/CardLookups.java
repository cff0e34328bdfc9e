package be.openpas.passholder;

import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.ChipNumber;
import be.openpas.card.UitpasNumber;
import be.openpas.grouppass.GroupPassView;
import be.openpas.grouppass.GroupPasses;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Who holds this card?" for every operation that starts with a scanned or typed card: a tariff, a ticket sale, a
 * check-in, a redemption, a pass lookup at a counter or a kiosk.
 *
 * <p>The common case is answered with one read: the passholder whose current card it is, with their memberships
 * (and their points, unless the caller changes them in the same transaction and shows the new balance). Only when
 * that misses the card is read, then whether it belongs to a group pass, then who held it before.
 */
@Service
@Transactional(readOnly = true)
public class CardLookups {

    private final Passholders passholders;
    private final Cards cards;
    private final GroupPasses groupPasses;

    CardLookups(Passholders passholders, Cards cards, GroupPasses groupPasses) {
        this.passholders = passholders;
        this.cards = cards;
        this.groupPasses = groupPasses;
    }

    /** Who holds the card with this UiTPAS number (13 digits, without separators); with their points. */
    public CardLookup byUitpasNumber(String uitpasNumber) {
        return lookUp(uitpasNumber, true);
    }

    /**
     * As {@link #byUitpasNumber}, without reading the passholder's points ({@link PassholderView#points()} is 0): for
     * a caller that changes the balance in the same transaction and shows the new one (a check-in).
     */
    public CardLookup byUitpasNumberWithoutPoints(String uitpasNumber) {
        return lookUp(uitpasNumber, false);
    }

    /**
     * The card with this chip number (hexadecimal, as a reader gives it), if the number is well-formed and a card has
     * it; its holder is then looked up by its UiTPAS number.
     */
    public Optional<CardView> cardWithChip(String chipNumber) {
        return Optional.ofNullable(chipNumber)
                .flatMap(ChipNumber::parse)
                .flatMap(chip -> cards.findByChip(chip.value()));
    }

    private CardLookup lookUp(String uitpasNumber, boolean withPoints) {
        Optional<UitpasNumber> parsed = UitpasNumber.parse(uitpasNumber);
        if (parsed.isEmpty()) {
            return new CardLookup.Malformed(uitpasNumber);
        }
        UitpasNumber uitpas = parsed.get();
        String number = uitpas.value();
        // the common case first: the current card of a passholder, read with the passholder (one query)
        Optional<PassholderView> holder =
                withPoints ? passholders.findByCard(uitpas) : passholders.findByCardWithoutPoints(uitpas);
        if (holder.isPresent()) {
            PassholderView passholder = holder.get();
            return new CardLookup.HolderCard(
                    passholder,
                    passholder.memberships().stream()
                            .filter(m -> number.equals(m.currentCard()))
                            .findFirst()
                            .orElseThrow());
        }
        Optional<CardView> card = cards.find(number);
        if (card.isEmpty()) {
            return new CardLookup.Unknown(number);
        }
        Optional<GroupPassView> groupPass = groupPasses.findByUitpasNumber(number);
        if (groupPass.isPresent()) {
            return new CardLookup.GroupPassCard(card.get(), groupPass.get());
        }
        Optional<PassholderId> formerHolder = passholders.holderOfCard(uitpas);
        return formerHolder.isPresent()
                ? new CardLookup.FormerHolderCard(card.get(), formerHolder.get())
                : new CardLookup.NotHandedOut(card.get());
    }
}

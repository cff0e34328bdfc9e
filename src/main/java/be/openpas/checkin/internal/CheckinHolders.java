package be.openpas.checkin.internal;

import be.openpas.card.CardStatus;
import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.InvalidCardStatus;
import be.openpas.card.InvalidUitpasNumber;
import be.openpas.card.UitpasNumber;
import be.openpas.checkin.CheckinNotAllowed;
import be.openpas.grouppass.GroupPasses;
import be.openpas.passholder.MembershipStatus;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.NoPassholderWithCard;
import be.openpas.passholder.PassholderNoActiveCardSystems;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.SocialTariffStatus;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who checks in: the passholder of a card, with the contract's problems (a malformed number, an unknown card, a card
 * that is not active, no active membership). Group passes cannot check in (domain.md 3.12).
 */
@Component
public class CheckinHolders {

    /** A passholder and the card used; {@code socialTariff}: an active kansenstatuut in some card system. */
    public record Holder(PassholderView passholder, String uitpasNumber, int cardSystemId, boolean socialTariff) {}

    private final Passholders passholders;
    private final Cards cards;
    private final GroupPasses groupPasses;

    CheckinHolders(Passholders passholders, Cards cards, GroupPasses groupPasses) {
        this.passholders = passholders;
        this.cards = cards;
        this.groupPasses = groupPasses;
    }

    /** The holder of the card with this UiTPAS number (13 digits, without separators). */
    public Holder byCard(String uitpasNumber) {
        UitpasNumber number = UitpasNumber.parse(uitpasNumber).orElseThrow(() -> new InvalidUitpasNumber().exception());
        Optional<PassholderView> found = passholders.findByCardWithoutPoints(number.value());
        if (found.isEmpty()) {
            CardView card =
                    cards.find(number.value()).orElseThrow(() -> new NoPassholderWithCard(number.value()).exception());
            if (groupPasses.findByUitpasNumber(card.uitpasNumber()).isPresent()) {
                throw groupPass().exception();
            }
            if (card.status() != CardStatus.ACTIVE) {
                throw new InvalidCardStatus(card.status()).exception();
            }
            throw new NoPassholderWithCard(number.value()).exception();
        }
        PassholderView passholder = found.get();
        MembershipView ofCard = passholder.usableMembershipOfCard(number.value());
        return new Holder(passholder, number.value(), ofCard.cardSystemId(), hasSocialTariff(passholder));
    }

    /** The passholder checking in with a code: the card of their oldest active membership with an active card. */
    public Holder byPassholder(PassholderView passholder) {
        requireActiveMembership(passholder);
        String card = passholder
                .uitpasNumber()
                .orElseThrow(() -> new CheckinNotAllowed(CheckinNotAllowed.Reason.NO_ACTIVE_CARD).exception());
        int cardSystemId = passholder.memberships().stream()
                .filter(m -> card.equals(m.currentCard()))
                .findFirst()
                .map(MembershipView::cardSystemId)
                .orElseThrow();
        return new Holder(passholder, card, cardSystemId, hasSocialTariff(passholder));
    }

    private static void requireActiveMembership(PassholderView passholder) {
        if (!passholder.hasActiveMembership()) {
            throw new PassholderNoActiveCardSystems(passholder.id()).exception();
        }
    }

    public static boolean hasSocialTariff(PassholderView passholder) {
        return passholder.memberships().stream()
                .anyMatch(m -> m.status() == MembershipStatus.ACTIVE
                        && m.socialTariff() != null
                        && m.socialTariff().status() == SocialTariffStatus.ACTIVE);
    }

    public static CheckinNotAllowed groupPass() {
        return new CheckinNotAllowed(CheckinNotAllowed.Reason.GROUP_PASS);
    }
}

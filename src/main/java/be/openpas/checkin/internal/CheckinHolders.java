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
import be.openpas.passholder.PassholderNotFound;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.SocialTariffStatus;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
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
        UitpasNumber number = UitpasNumber.parse(uitpasNumber).orElseThrow(InvalidUitpasNumber::compact);
        Optional<PassholderView> found = passholders.findByCardWithoutPoints(number.value());
        if (found.isEmpty()) {
            CardView card = cards.find(number.value())
                    .orElseThrow(() ->
                            new PassholderNotFound("No passholder has card " + number.value() + ".").withStatus(400));
            if (groupPasses.findByUitpasNumber(card.uitpasNumber()).isPresent()) {
                throw groupPass();
            }
            if (card.status() != CardStatus.ACTIVE) {
                throw new InvalidCardStatus("The card is " + card.status() + ".", card.status());
            }
            throw new PassholderNotFound("No passholder has card " + number.value() + ".").withStatus(400);
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
                .orElseThrow(() -> new CheckinNotAllowed(
                        CheckinNotAllowed.Reason.NO_ACTIVE_CARD,
                        "The passholder has no active card.",
                        "checkin.refused.NO_ACTIVE_CARD"));
        int cardSystemId = passholder.memberships().stream()
                .filter(m -> card.equals(m.currentCard()))
                .findFirst()
                .map(MembershipView::cardSystemId)
                .orElseThrow();
        return new Holder(passholder, card, cardSystemId, hasSocialTariff(passholder));
    }

    private static void requireActiveMembership(PassholderView passholder) {
        if (!passholder.hasActiveMembership()) {
            throw new ApiProblem(
                    ProblemType.PASSHOLDER_NO_ACTIVE_CARDSYSTEMS,
                    "The passholder has no active membership (or only ones with an expired kansenstatuut).");
        }
    }

    public static boolean hasSocialTariff(PassholderView passholder) {
        return passholder.memberships().stream()
                .anyMatch(m -> m.status() == MembershipStatus.ACTIVE
                        && m.socialTariff() != null
                        && m.socialTariff().status() == SocialTariffStatus.ACTIVE);
    }

    public static CheckinNotAllowed groupPass() {
        return new CheckinNotAllowed(
                CheckinNotAllowed.Reason.GROUP_PASS, "Group passes cannot check in.", "checkin.refused.GROUP_PASS");
    }
}

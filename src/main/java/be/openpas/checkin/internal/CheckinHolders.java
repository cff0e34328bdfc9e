package be.openpas.checkin.internal;

import be.openpas.card.CardStatus;
import be.openpas.card.CardView;
import be.openpas.card.InvalidCardStatus;
import be.openpas.card.InvalidUitpasNumber;
import be.openpas.checkin.CheckinNotAllowed;
import be.openpas.passholder.CardLookup;
import be.openpas.passholder.CardLookups;
import be.openpas.passholder.MembershipStatus;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.NoPassholderWithCard;
import be.openpas.passholder.PassholderNoActiveCardSystems;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.SocialTariffStatus;
import be.openpas.shared.refusal.RefusalException;
import org.springframework.stereotype.Component;

/**
 * Who checks in: the passholder of a card, with the contract's problems (a malformed number, an unknown card, a card
 * that is not active, no active membership). Group passes cannot check in (domain.md 3.12).
 */
@Component
public class CheckinHolders {

    /** A passholder and the card used; {@code socialTariff}: an active kansenstatuut in some card system. */
    public record Holder(PassholderView passholder, String uitpasNumber, int cardSystemId, boolean socialTariff) {}

    private final CardLookups lookups;

    CheckinHolders(CardLookups lookups) {
        this.lookups = lookups;
    }

    /** The holder of the card with this UiTPAS number (13 digits, without separators). */
    public Holder byCard(String uitpasNumber) {
        return switch (lookups.byUitpasNumberWithoutPoints(uitpasNumber)) {
            case CardLookup.Malformed malformed -> throw new InvalidUitpasNumber().exception();
            case CardLookup.Unknown unknown -> throw new NoPassholderWithCard(unknown.uitpasNumber()).exception();
            case CardLookup.HolderCard holder ->
                new Holder(
                        holder.passholder(),
                        holder.uitpasNumber(),
                        holder.usableMembership().orElseThrow().cardSystemId(),
                        hasSocialTariff(holder.passholder()));
            case CardLookup.GroupPassCard groupPass -> throw groupPass().exception();
            case CardLookup.FormerHolderCard former -> throw notCurrent(former.card());
            case CardLookup.NotHandedOut stock -> throw notCurrent(stock.card());
        };
    }

    /** A card that is not a passholder's current card: its status when it is not active, else nobody holds it. */
    private static RefusalException notCurrent(CardView card) {
        return card.status() != CardStatus.ACTIVE
                ? new InvalidCardStatus(card.status()).exception()
                : new NoPassholderWithCard(card.uitpasNumber()).exception();
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

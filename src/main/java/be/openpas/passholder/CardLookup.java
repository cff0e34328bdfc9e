package be.openpas.passholder;

import be.openpas.card.CardStatus;
import be.openpas.card.CardView;
import be.openpas.card.InvalidCard;
import be.openpas.card.InvalidCardStatus;
import be.openpas.grouppass.GroupPassView;
import be.openpas.shared.refusal.Outcome;
import be.openpas.shared.refusal.Refusal;
import java.util.UUID;

/**
 * Who holds the card with a UiTPAS number, as {@link CardLookups} finds out: the common case first (the current card
 * of a passholder), then why not. Each caller decides what the answer means for its operation (a tariff, a sale, a
 * check-in, a redemption, a pass lookup at a counter); {@link HolderCard#usableMembership()} and {@link
 * #notUsable()} are the verdicts the tariff, sale and check-in rules share.
 */
public sealed interface CardLookup {

    /** Not a UiTPAS number (13 digits with a valid check digit). */
    record Malformed(String input) implements CardLookup {}

    /** No card has this number. */
    record Unknown(String uitpasNumber) implements CardLookup {}

    /**
     * The card exists but nobody holds or held it: still in stock (or on its way to a counter), or active without a
     * holder.
     */
    record NotHandedOut(CardView card) implements CardLookup {}

    /** The card of a group pass. */
    record GroupPassCard(CardView card, GroupPassView groupPass) implements CardLookup {}

    /** The current card of a passholder's membership (whatever the card's status: a blocked card stays current). */
    record HolderCard(PassholderView passholder, MembershipView membership) implements CardLookup {

        public String uitpasNumber() {
            return membership.currentCard();
        }

        public CardStatus cardStatus() {
            return membership.cardStatus();
        }

        /**
         * The membership of the card when it may be used for a tariff, a sale or a check-in: refused with {@code
         * invalid-card-status} (with the owner and the pass type) when the card is not active, with {@code
         * passholder-no-active-cardsystems} when no membership of the passholder counts as active.
         */
        public Outcome<MembershipView> usableMembership() {
            if (membership.cardStatus() != CardStatus.ACTIVE) {
                return Outcome.refused(InvalidCardStatus.ofPass(
                        membership.cardStatus(), passholder.id(), InvalidCardStatus.PassType.INDIVIDUAL));
            }
            if (!passholder.hasActiveMembership()) {
                return Outcome.refused(new PassholderNoActiveCardSystems(passholder.id()));
            }
            return Outcome.done(membership);
        }
    }

    /** A card a passholder held before (replaced, or otherwise no longer the current card of a membership). */
    record FormerHolderCard(CardView card, PassholderId passholderId) implements CardLookup {}

    /**
     * Why a card that is not a passholder's current card cannot be used for a tariff or a sale: {@code
     * invalid-card-status} with its status, owner and pass type when it is not active, {@code invalid-card} when it is
     * active but not a passholder's card (a group pass's active card is usable: this is not asked for it). Empty for
     * the other kinds of lookup.
     */
    default java.util.Optional<Refusal> notUsable() {
        return switch (this) {
            case GroupPassCard group ->
                group.card().status() == CardStatus.ACTIVE
                        ? java.util.Optional.empty()
                        : java.util.Optional.of(InvalidCardStatus.ofPass(
                                group.card().status(), group.groupPass().id(), InvalidCardStatus.PassType.GROUP));
            case FormerHolderCard former ->
                java.util.Optional.of(
                        notUsable(former.card(), former.passholderId().value()));
            case NotHandedOut stock -> java.util.Optional.of(notUsable(stock.card(), null));
            default -> java.util.Optional.empty();
        };
    }

    private static Refusal notUsable(CardView card, UUID holder) {
        return card.status() == CardStatus.ACTIVE
                ? new InvalidCard(card.uitpasNumber(), InvalidCard.Reason.NOT_A_PASSHOLDERS_CARD)
                : InvalidCardStatus.ofPass(card.status(), holder, InvalidCardStatus.PassType.INDIVIDUAL);
    }
}

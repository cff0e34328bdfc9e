package be.openpas.reward.internal;

import be.openpas.card.CardStatus;
import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.InvalidUitpasNumber;
import be.openpas.card.UitpasNumber;
import be.openpas.grouppass.GroupPasses;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.NoPassholderWithCard;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.shared.refusal.RefusalException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Finds who wants to redeem by the UiTPAS number on the card, with the problems of the contract's reward operations:
 * a malformed number is {@code invalid-uitpas-number} and a card nobody holds {@code passholder-not-found} (both 400);
 * a card that cannot be used (blocked, replaced, a group pass: group passes have no rewards, domain.md 2.13) is
 * answered as an invalid card, which the caller turns into {@code invalid-card} or the {@code INVALID_CARD} reason.
 */
@Component
public class RewardHolders {

    /**
     * A resolved card: the passholder who holds or held it (none for a group pass), whether it is their current,
     * active card, and why not.
     */
    public record Holder(
            PassholderView passholder, String uitpasNumber, boolean cardValid, CardStatus cardStatus, String why) {

        /** The card systems of the passholder's memberships that count as active (domain.md 3.3). */
        public Set<Integer> activeCardSystemIds() {
            return passholder == null
                    ? Set.of()
                    : passholder.memberships().stream()
                            .filter(MembershipView::countsAsActive)
                            .map(MembershipView::cardSystemId)
                            .collect(Collectors.toUnmodifiableSet());
        }
    }

    private final Cards cards;
    private final Passholders passholders;
    private final GroupPasses groupPasses;

    RewardHolders(Cards cards, Passholders passholders, GroupPasses groupPasses) {
        this.cards = cards;
        this.passholders = passholders;
        this.groupPasses = groupPasses;
    }

    public Holder resolve(String uitpasNumber) {
        UitpasNumber number = UitpasNumber.parse(uitpasNumber == null ? "" : uitpasNumber.trim())
                .orElseThrow(() -> new InvalidUitpasNumber().exception());
        Optional<PassholderView> found = passholders.findByCard(number.value());
        if (found.isPresent()) {
            PassholderView passholder = found.get();
            MembershipView ofCard = passholder.memberships().stream()
                    .filter(m -> number.value().equals(m.currentCard()))
                    .findFirst()
                    .orElseThrow();
            if (ofCard.cardStatus() != CardStatus.ACTIVE) {
                return new Holder(
                        passholder,
                        number.value(),
                        false,
                        ofCard.cardStatus(),
                        "The card is " + ofCard.cardStatus() + ".");
            }
            return new Holder(passholder, number.value(), true, CardStatus.ACTIVE, null);
        }
        CardView card = cards.find(number.value()).orElseThrow(() -> notFound(number.value()));
        if (groupPasses.findByUitpasNumber(card.uitpasNumber()).isPresent()) {
            return new Holder(null, card.uitpasNumber(), false, card.status(), "Group passes have no rewards.");
        }
        UUID holder = passholders.holderOfCard(card.uitpasNumber()).orElseThrow(() -> notFound(number.value()));
        PassholderView passholder = passholders.find(holder).orElseThrow(() -> notFound(number.value()));
        return new Holder(
                passholder,
                card.uitpasNumber(),
                false,
                card.status(),
                "The card is no longer the passholder's current card (" + card.status() + ").");
    }

    /** The passholder who holds or held the card (history lookups), or the problems of {@link #resolve}. */
    public PassholderView passholderOf(String uitpasNumber) {
        Holder holder = resolve(uitpasNumber);
        if (holder.passholder() == null) {
            throw notFound(holder.uitpasNumber());
        }
        return holder.passholder();
    }

    private static RefusalException notFound(String number) {
        return new NoPassholderWithCard(number).exception();
    }
}

package be.openpas.reward.internal;

import be.openpas.card.CardStatus;
import be.openpas.card.CardView;
import be.openpas.card.InvalidUitpasNumber;
import be.openpas.passholder.CardLookup;
import be.openpas.passholder.CardLookups;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.NoPassholderWithCard;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.shared.refusal.RefusalException;
import java.util.Set;
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

    private final CardLookups lookups;
    private final Passholders passholders;

    RewardHolders(CardLookups lookups, Passholders passholders) {
        this.lookups = lookups;
        this.passholders = passholders;
    }

    public Holder resolve(String uitpasNumber) {
        return switch (lookups.byUitpasNumber(uitpasNumber == null ? "" : uitpasNumber.trim())) {
            case CardLookup.Malformed malformed -> throw new InvalidUitpasNumber().exception();
            case CardLookup.Unknown unknown -> throw notFound(unknown.uitpasNumber());
            case CardLookup.NotHandedOut stock -> throw notFound(stock.card().uitpasNumber());
            case CardLookup.HolderCard holder ->
                holder.cardStatus() != CardStatus.ACTIVE
                        ? new Holder(
                                holder.passholder(),
                                holder.uitpasNumber(),
                                false,
                                holder.cardStatus(),
                                "The card is " + holder.cardStatus() + ".")
                        : new Holder(holder.passholder(), holder.uitpasNumber(), true, CardStatus.ACTIVE, null);
            case CardLookup.GroupPassCard groupPass ->
                new Holder(
                        null,
                        groupPass.card().uitpasNumber(),
                        false,
                        groupPass.card().status(),
                        "Group passes have no rewards.");
            case CardLookup.FormerHolderCard former -> {
                CardView card = former.card();
                PassholderView passholder =
                        passholders.find(former.passholderId()).orElseThrow(() -> notFound(card.uitpasNumber()));
                yield new Holder(
                        passholder,
                        card.uitpasNumber(),
                        false,
                        card.status(),
                        "The card is no longer the passholder's current card (" + card.status() + ").");
            }
        };
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

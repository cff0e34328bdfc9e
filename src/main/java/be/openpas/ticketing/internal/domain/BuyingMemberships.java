package be.openpas.ticketing.internal.domain;

import be.openpas.card.CardStatus;
import be.openpas.card.InvalidCard;
import be.openpas.card.InvalidCardStatus;
import be.openpas.passholder.MembershipStatus;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.PassholderNoActiveCardSystems;
import be.openpas.shared.refusal.Outcome;
import java.util.List;
import java.util.UUID;

/**
 * Which memberships let a passholder buy tickets (tariffs and ticket sales): every membership that is not blocked.
 *
 * <p>A kansenstatuut that expired after its grace period ends the kansentarief in its card system (domain.md 3.3) —
 * nothing more: the membership still counts, coupons of its card system still apply, and when nothing is on offer the
 * answer is {@code social-tariff-expired}, as the contract lists for exactly that case on {@code GET /tariffs} and
 * {@code POST /ticket-sales}. The older rule that a membership "only there for an expired kansenstatuut" counts as
 * not active ({@code passholder-no-active-cardsystems}) comes from point redemption (V3A punten-verzilveren) and
 * stays there (rewards). Only when every membership is blocked is the passholder
 * {@code passholder-no-active-cardsystems} here (docs/decisions.md, "Tariffs and ticket sales").
 */
public final class BuyingMemberships {

    private BuyingMemberships() {}

    /** Whether the membership counts for tariffs and sales: it is not blocked (whatever its kansenstatuut). */
    public static boolean counts(MembershipView membership) {
        return membership.status() == MembershipStatus.ACTIVE;
    }

    /**
     * The membership of the card the passholder shows, or why they cannot buy with it: {@code invalid-card} (not a
     * current card of theirs), {@code invalid-card-status} (the card is not ACTIVE), {@code
     * passholder-no-active-cardsystems} (every membership is blocked).
     */
    public static Outcome<MembershipView> ofCard(
            UUID passholderId, List<MembershipView> memberships, String uitpasNumber) {
        MembershipView ofCard = memberships.stream()
                .filter(m -> uitpasNumber.equals(m.currentCard()))
                .findFirst()
                .orElse(null);
        if (ofCard == null) {
            return Outcome.refused(new InvalidCard(uitpasNumber, InvalidCard.Reason.NOT_A_PASSHOLDERS_CARD));
        }
        if (ofCard.cardStatus() != CardStatus.ACTIVE) {
            return Outcome.refused(
                    InvalidCardStatus.ofPass(ofCard.cardStatus(), passholderId, InvalidCardStatus.PassType.INDIVIDUAL));
        }
        if (memberships.stream().noneMatch(BuyingMemberships::counts)) {
            return Outcome.refused(new PassholderNoActiveCardSystems(passholderId));
        }
        return Outcome.done(ofCard);
    }
}

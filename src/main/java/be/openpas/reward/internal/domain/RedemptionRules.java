package be.openpas.reward.internal.domain;

import be.openpas.reward.RedeemConstraint;
import be.openpas.reward.RedeemReason;
import be.openpas.reward.Reward;
import be.openpas.reward.RewardStatus;
import be.openpas.reward.RewardType;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a passholder can redeem a reward now (API:get-rewards-id-redeem-status, domain.md 3.7 and 3.8). The checks
 * run in the contract's order and the first that fails is the answer: card, active membership, applicable card
 * system, redeem period, units, the passholder's limit, points.
 *
 * <p>A welcome reward is redeemable only by a passholder it was granted to, and only once; the unit was taken by the
 * grant, so it is not counted again. A reward that is not ACTIVE is outside its redeem period.
 */
public final class RedemptionRules {

    /** End-user message of a welcome reward that was never granted to the passholder. */
    public static final String NOT_GRANTED = "problem.uitpas.reward-passholder-volume-constraint.not-granted";

    /** End-user message of a reward that is INACTIVE or DELETED. */
    public static final String NOT_ACTIVE = "problem.uitpas.reward-period-constraint.not-active";

    /** End-user message of a reward whose redeem period has not begun. */
    public static final String NOT_YET = "problem.uitpas.reward-period-constraint.not-yet";

    private RedemptionRules() {}

    /**
     * What the rules know about the passholder.
     *
     * @param cardValid the card is the passholder's current card and ACTIVE
     * @param activeCardSystemIds the card systems of the memberships that count as active
     * @param balance the points balance
     * @param granted (WELCOME) the reward was granted to the passholder
     * @param redemptionsInWindow the passholder's redemptions of this reward (not cancelled) in the current {@link
     *     RedeemWindow} of its {@link Reward#effectiveRedeemConstraint()}
     */
    public record Holder(
            boolean cardValid,
            Set<Integer> activeCardSystemIds,
            int balance,
            boolean granted,
            int redemptionsInWindow) {

        public Holder {
            activeCardSystemIds = Set.copyOf(activeCardSystemIds);
        }
    }

    /** Why not, with the end-user message ({@code null}: the problem type's) and a detail for developers. */
    public record Refusal(RedeemReason reason, String messageKey, String detail) {}

    public static Optional<Refusal> refusal(Reward reward, Holder holder, OffsetDateTime now) {
        if (!holder.cardValid()) {
            return refuse(RedeemReason.INVALID_CARD, null, "The card is not an active card of the passholder.");
        }
        if (holder.activeCardSystemIds().isEmpty()) {
            return refuse(
                    RedeemReason.PASSHOLDER_NO_ACTIVE_CARDSYSTEM,
                    null,
                    "The passholder has no active membership (or only ones with an expired kansenstatuut).");
        }
        if (!reward.appliesTo(holder.activeCardSystemIds())) {
            return refuse(
                    RedeemReason.PASSHOLDER_APPLICABLE_CARDSYSTEMS,
                    null,
                    "The reward is not for members of the passholder's card systems.");
        }
        if (reward.status() != RewardStatus.ACTIVE) {
            return refuse(RedeemReason.REWARD_PERIOD, NOT_ACTIVE, "The reward is " + reward.status() + ".");
        }
        if (!reward.redeemPeriod().contains(now)) {
            boolean notYet = now.isBefore(reward.redeemPeriod().begin());
            return refuse(
                    RedeemReason.REWARD_PERIOD,
                    notYet ? NOT_YET : null,
                    notYet ? "The redeem period has not begun." : "The redeem period has ended.");
        }
        if (reward.type() == RewardType.POINTS && reward.soldOut()) {
            return refuse(RedeemReason.REWARD_VOLUME, null, "All units of the reward have been taken.");
        }
        if (reward.type() == RewardType.WELCOME && !holder.granted()) {
            return refuse(
                    RedeemReason.PASSHOLDER_VOLUME,
                    NOT_GRANTED,
                    "This welcome reward was not granted to the passholder (on registering or joining its card"
                            + " system, within its granting period, while units lasted).");
        }
        RedeemConstraint limit = reward.effectiveRedeemConstraint();
        if (limit != null && holder.redemptionsInWindow() >= limit.volume()) {
            return refuse(
                    RedeemReason.PASSHOLDER_VOLUME,
                    null,
                    "The passholder redeemed this reward " + holder.redemptionsInWindow() + " time(s) in the current "
                            + limit.period() + " period; the limit is " + limit.volume() + ".");
        }
        if (holder.balance() < reward.points()) {
            return refuse(
                    RedeemReason.PASSHOLDER_POINTS,
                    null,
                    "The reward costs " + reward.points() + " points; the passholder has " + holder.balance() + ".");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(RedeemReason reason, String messageKey, String detail) {
        return Optional.of(new Refusal(reason, messageKey, detail));
    }
}

package be.openpas.reward.internal.domain;

import be.openpas.card.CardStatus;
import be.openpas.reward.RedeemConstraint;
import be.openpas.reward.Reward;
import be.openpas.reward.RewardNotRedeemable;
import be.openpas.reward.RewardNotRedeemable.Why;
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
     * @param cardStatus the status of the card (told when it cannot be used)
     */
    public record Holder(
            boolean cardValid,
            Set<Integer> activeCardSystemIds,
            int balance,
            boolean granted,
            int redemptionsInWindow,
            CardStatus cardStatus) {

        public Holder {
            activeCardSystemIds = Set.copyOf(activeCardSystemIds);
        }

        public Holder(
                boolean cardValid,
                Set<Integer> activeCardSystemIds,
                int balance,
                boolean granted,
                int redemptionsInWindow) {
            this(cardValid, activeCardSystemIds, balance, granted, redemptionsInWindow, null);
        }

        /** A card that is not a passholder's current, active card (the first check refuses it, whatever else). */
        public static Holder withUnusableCard(CardStatus cardStatus) {
            return new Holder(false, Set.of(), 0, false, 0, cardStatus);
        }
    }

    public static Optional<RewardNotRedeemable> refusal(Reward reward, Holder holder, OffsetDateTime now) {
        if (!holder.cardValid()) {
            return Optional.of(new RewardNotRedeemable(reward.id(), Why.CARD_NOT_USABLE, holder.cardStatus()));
        }
        if (holder.activeCardSystemIds().isEmpty()) {
            return refuse(reward, Why.NO_ACTIVE_MEMBERSHIP);
        }
        if (!reward.appliesTo(holder.activeCardSystemIds())) {
            return refuse(reward, Why.NOT_FOR_THE_CARD_SYSTEMS);
        }
        if (reward.status() != RewardStatus.ACTIVE) {
            return refuse(reward, Why.NOT_ACTIVE);
        }
        if (!reward.redeemPeriod().contains(now)) {
            return refuse(reward, now.isBefore(reward.redeemPeriod().begin()) ? Why.NOT_YET : Why.PERIOD_ENDED);
        }
        if (reward.type() == RewardType.POINTS && reward.soldOut()) {
            return refuse(reward, Why.SOLD_OUT);
        }
        if (reward.type() == RewardType.WELCOME && !holder.granted()) {
            return refuse(reward, Why.NOT_GRANTED);
        }
        RedeemConstraint limit = reward.effectiveRedeemConstraint();
        if (limit != null && holder.redemptionsInWindow() >= limit.volume()) {
            return refuse(reward, Why.LIMIT_REACHED);
        }
        if (holder.balance() < reward.points()) {
            return refuse(reward, Why.NOT_ENOUGH_POINTS);
        }
        return Optional.empty();
    }

    private static Optional<RewardNotRedeemable> refuse(Reward reward, Why why) {
        return Optional.of(new RewardNotRedeemable(reward.id(), why));
    }
}

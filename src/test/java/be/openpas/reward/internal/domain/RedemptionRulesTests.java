package be.openpas.reward.internal.domain;

import static be.openpas.reward.TestRewards.aPointsReward;
import static be.openpas.reward.TestRewards.aWelcomeReward;
import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.card.CardStatus;
import be.openpas.reward.RedeemCodes;
import be.openpas.reward.RedeemConstraint;
import be.openpas.reward.RedeemReason;
import be.openpas.reward.Reward;
import be.openpas.reward.RewardNotRedeemable;
import be.openpas.reward.RewardStatus;
import be.openpas.shared.time.PeriodType;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The redemption checks and their order (domain.md 3.7, 3.8; API:get-rewards-id-redeem-status). */
class RedemptionRulesTests {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-21T14:00:00+01:00");

    static RedemptionRules.Holder holder(boolean card, Set<Integer> active, int balance, int inWindow) {
        return new RedemptionRules.Holder(card, active, balance, false, inWindow);
    }

    static Optional<RedeemReason> reason(Reward reward, RedemptionRules.Holder holder) {
        return RedemptionRules.refusal(reward, holder, NOW).map(RewardNotRedeemable::reason);
    }

    @Test
    void redemptionChecksCardBeforeMembershipBeforeCardSystemBeforePeriodBeforeUnitsBeforeLimitBeforePoints() {
        // a reward and a passholder that fail every check
        var base = aPointsReward()
                .of(1)
                .onlyFor(1)
                .points(10)
                .redeemable(NOW.plusDays(1), NOW.plusDays(10))
                .units(5, 5)
                .limit(new RedeemConstraint(1, PeriodType.MONTH));

        assertThat(reason(base.build(), holder(false, Set.of(), 3, 1))).contains(RedeemReason.INVALID_CARD);
        assertThat(reason(base.build(), holder(true, Set.of(), 3, 1)))
                .contains(RedeemReason.PASSHOLDER_NO_ACTIVE_CARDSYSTEM);
        assertThat(reason(base.build(), holder(true, Set.of(2), 3, 1)))
                .contains(RedeemReason.PASSHOLDER_APPLICABLE_CARDSYSTEMS);
        assertThat(reason(base.build(), holder(true, Set.of(1), 3, 1))).contains(RedeemReason.REWARD_PERIOD);
        base.redeemable(NOW.minusDays(1), NOW.plusDays(10));
        assertThat(reason(base.build(), holder(true, Set.of(1), 3, 1))).contains(RedeemReason.REWARD_VOLUME);
        base.units(5, 4);
        assertThat(reason(base.build(), holder(true, Set.of(1), 3, 1))).contains(RedeemReason.PASSHOLDER_VOLUME);
        assertThat(reason(base.build(), holder(true, Set.of(1), 3, 0))).contains(RedeemReason.PASSHOLDER_POINTS);
        assertThat(reason(base.build(), holder(true, Set.of(1), 10, 0))).isEmpty();
    }

    @Test
    void theRedeemPeriodIncludesItsBeginAndEnd() {
        Reward reward = aPointsReward().redeemable(NOW, NOW).build();

        assertThat(reason(reward, holder(true, Set.of(1), 10, 0))).isEmpty();
        assertThat(RedemptionRules.refusal(reward, holder(true, Set.of(1), 10, 0), NOW.plusSeconds(1)))
                .map(RewardNotRedeemable::reason)
                .contains(RedeemReason.REWARD_PERIOD);
    }

    @Test
    void aRewardWhoseRedeemPeriodHasNotBegunSaysNotYet() {
        Reward reward = aPointsReward().redeemable(NOW.plusDays(2), null).build();

        assertThat(RedemptionRules.refusal(reward, holder(true, Set.of(1), 10, 0), NOW))
                .map(RewardNotRedeemable::why)
                .contains(RewardNotRedeemable.Why.NOT_YET);
    }

    @Test
    void anInactiveOrDeletedRewardIsOutsideItsRedeemPeriod() {
        for (RewardStatus status : new RewardStatus[] {RewardStatus.INACTIVE, RewardStatus.DELETED}) {
            Reward reward = aPointsReward().status(status).build();
            Optional<RewardNotRedeemable> refusal =
                    RedemptionRules.refusal(reward, holder(true, Set.of(1), 10, 0), NOW);
            assertThat(refusal).map(RewardNotRedeemable::reason).contains(RedeemReason.REWARD_PERIOD);
            assertThat(refusal).map(RewardNotRedeemable::why).contains(RewardNotRedeemable.Why.NOT_ACTIVE);
        }
    }

    @Test
    void aRewardForAllCardSystemsAppliesToEveryActiveMembership() {
        Reward reward = aPointsReward().of(1).build();

        assertThat(reason(reward, holder(true, Set.of(99), 10, 0))).isEmpty();
    }

    @Test
    void aRewardForSomeCardSystemsNeedsAnActiveMembershipOfOneOfThem() {
        Reward reward = aPointsReward().of(1).onlyFor(1, 2).build();

        assertThat(reason(reward, holder(true, Set.of(2, 3), 10, 0))).isEmpty();
        assertThat(reason(reward, holder(true, Set.of(3), 10, 0)))
                .contains(RedeemReason.PASSHOLDER_APPLICABLE_CARDSYSTEMS);
    }

    @Test
    void unlimitedUnitsNeverRunOut() {
        Reward reward = aPointsReward().units(null, 1_000_000).build();

        assertThat(reason(reward, holder(true, Set.of(1), 10, 0))).isEmpty();
    }

    @Test
    void aUsedUpCodeListMeansNoUnitsAreLeft() {
        Reward reward = aPointsReward().codes(RedeemCodes.LIST, 0).build();

        assertThat(reason(reward, holder(true, Set.of(1), 10, 0))).contains(RedeemReason.REWARD_VOLUME);
    }

    @Test
    void withoutARedeemConstraintAPassholderMayRedeemAsOftenAsTheirPointsAllow() {
        Reward reward = aPointsReward().build();

        assertThat(reason(reward, holder(true, Set.of(1), 10, 500))).isEmpty();
    }

    @Test
    void exactlyEnoughPointsIsEnough() {
        Reward reward = aPointsReward().points(7).build();

        assertThat(reason(reward, holder(true, Set.of(1), 7, 0))).isEmpty();
        assertThat(reason(reward, holder(true, Set.of(1), 6, 0))).contains(RedeemReason.PASSHOLDER_POINTS);
    }

    @Test
    void aWelcomeRewardIsOnlyRedeemableByAPassholderItWasGrantedTo() {
        Reward reward = aWelcomeReward().build();

        Optional<RewardNotRedeemable> notGranted =
                RedemptionRules.refusal(reward, new RedemptionRules.Holder(true, Set.of(1), 0, false, 0), NOW);

        assertThat(notGranted).map(RewardNotRedeemable::reason).contains(RedeemReason.PASSHOLDER_VOLUME);
        assertThat(notGranted).map(RewardNotRedeemable::why).contains(RewardNotRedeemable.Why.NOT_GRANTED);
        assertThat(RedemptionRules.refusal(reward, new RedemptionRules.Holder(true, Set.of(1), 0, true, 0), NOW))
                .isEmpty();
    }

    @Test
    void aWelcomeRewardIsRedeemedOnceAndCostsNoPoints() {
        Reward reward = aWelcomeReward().build();

        assertThat(reward.effectiveRedeemConstraint()).isEqualTo(RedeemConstraint.ONCE);
        assertThat(RedemptionRules.refusal(reward, new RedemptionRules.Holder(true, Set.of(1), 0, true, 1), NOW))
                .map(RewardNotRedeemable::reason)
                .contains(RedeemReason.PASSHOLDER_VOLUME);
    }

    @Test
    void aWelcomeRewardGrantedWhileUnitsLastedIsRedeemableWhenAllUnitsAreTaken() {
        // the grant took the unit; redeeming it does not take another
        Reward reward = aWelcomeReward().units(10, 10).build();

        assertThat(RedemptionRules.refusal(reward, new RedemptionRules.Holder(true, Set.of(1), 0, true, 0), NOW))
                .isEmpty();
    }

    @Test
    void aCardThatCannotBeUsedIsRefusedWithItsStatus() {
        Reward reward = aPointsReward().build();

        assertThat(RedemptionRules.refusal(reward, RedemptionRules.Holder.withUnusableCard(CardStatus.BLOCKED), NOW))
                .get()
                .satisfies(refusal -> {
                    assertThat(refusal.why()).isEqualTo(RewardNotRedeemable.Why.CARD_NOT_USABLE);
                    assertThat(refusal.cardStatus()).isEqualTo(CardStatus.BLOCKED);
                });
    }
}

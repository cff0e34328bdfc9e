package be.openpas.reward.internal.domain;

import static be.openpas.reward.TestRewards.aPointsReward;
import static be.openpas.reward.TestRewards.aWelcomeReward;
import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.reward.Reward;
import be.openpas.reward.RewardDefinition;
import be.openpas.reward.RewardPeriod;
import be.openpas.reward.Rewards;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** points, redeemPeriod.begin and grantingPeriod.begin are locked after the first redemption or grant. */
class EditLockTests {

    static final OffsetDateTime BEGIN = OffsetDateTime.parse("2026-09-01T00:00:00+02:00");

    static RewardDefinition changed(Reward r, int points, OffsetDateTime redeemBegin, OffsetDateTime grantingBegin) {
        RewardDefinition d = Rewards.definitionOf(r);
        return RewardChecks.normalised(new RewardDefinition(
                d.id(),
                d.type(),
                "Another title",
                d.promotionalDescription(),
                d.practicalInfo(),
                d.moreInfoURL(),
                points,
                d.categories(),
                new RewardPeriod(BEGIN.minusDays(5), null),
                new RewardPeriod(redeemBegin, OffsetDateTime.parse("2027-12-31T00:00:00Z")),
                grantingBegin == null ? null : new RewardPeriod(grantingBegin, null),
                d.owningCardSystemId(),
                d.allCardSystems(),
                d.applicableCardSystemIds(),
                d.organizerIds(),
                99,
                d.redeemConstraint(),
                d.pictures(),
                true,
                d.sport(),
                d.featured(),
                d.online(),
                d.inSpotlight(),
                d.status(),
                d.redeemInfo(),
                d.redeemCodes()));
    }

    @Test
    void aRewardThatWasNeverUsedCanChangeEverything() {
        Reward reward = aPointsReward().points(5).redeemable(BEGIN, null).build();

        assertThat(EditLock.changedLockedFields(reward, changed(reward, 8, BEGIN.plusDays(1), null)))
                .isEmpty();
    }

    @Test
    void lockedFieldsAfterFirstRedemptionArePointsAndRedeemBegin() {
        Reward reward =
                aPointsReward().points(5).redeemable(BEGIN, null).inUse().build();

        assertThat(EditLock.changedLockedFields(reward, changed(reward, 8, BEGIN.plusDays(1), null)))
                .containsExactly("points", "redeemPeriod.begin");
        assertThat(EditLock.changedLockedFields(reward, changed(reward, 5, BEGIN, null)))
                .as("the end of the redeem period, the title, units and flags may change")
                .isEmpty();
    }

    @Test
    void theSameMomentInAnotherOffsetIsNoChange() {
        Reward reward =
                aPointsReward().points(5).redeemable(BEGIN, null).inUse().build();

        assertThat(EditLock.changedLockedFields(
                        reward, changed(reward, 5, BEGIN.withOffsetSameInstant(ZoneOffset.UTC), null)))
                .isEmpty();
    }

    @Test
    void lockedFieldsAfterTheFirstGrantIncludeTheGrantingBegin() {
        Reward reward = aWelcomeReward()
                .redeemable(BEGIN, null)
                .granted(BEGIN, null)
                .inUse()
                .build();

        assertThat(EditLock.changedLockedFields(reward, changed(reward, 0, BEGIN, BEGIN.plusDays(3))))
                .containsExactly("grantingPeriod.begin");
        assertThat(EditLock.changedLockedFields(reward, changed(reward, 0, BEGIN, BEGIN)))
                .isEmpty();
    }
}

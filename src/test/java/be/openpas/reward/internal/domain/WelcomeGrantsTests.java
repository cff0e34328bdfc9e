package be.openpas.reward.internal.domain;

import static be.openpas.reward.TestRewards.aPointsReward;
import static be.openpas.reward.TestRewards.aWelcomeReward;
import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.reward.Reward;
import be.openpas.reward.RewardStatus;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Which welcome rewards a new member of a card system receives (domain.md 3.8, docs/rewards.md). */
class WelcomeGrantsTests {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-21T14:00:00+01:00");

    @Test
    void grantsAnActiveWelcomeRewardInItsGrantingPeriodToNewMembersOfItsCardSystem() {
        assertThat(WelcomeGrants.grants(aWelcomeReward().of(1).build(), 1, NOW)).isTrue();
    }

    @Test
    void grantsNothingOutsideTheGrantingPeriodOrWhenTheRewardIsNotActive() {
        Reward later = aWelcomeReward().of(1).granted(NOW.plusDays(1), null).build();
        Reward inactive = aWelcomeReward().of(1).status(RewardStatus.INACTIVE).build();

        assertThat(WelcomeGrants.grants(later, 1, NOW)).isFalse();
        assertThat(WelcomeGrants.grants(inactive, 1, NOW)).isFalse();
    }

    @Test
    void aWelcomeRewardForAllCardSystemsIsGrantedOnlyByTheCardSystemThatOwnsIt() {
        Reward gentsGift = aWelcomeReward().of(1).build();

        assertThat(WelcomeGrants.grants(gentsGift, 2, NOW)).isFalse();
    }

    @Test
    void aCardSystemNamedAmongTheApplicableOnesGrantsItToo() {
        Reward shared = aWelcomeReward().of(1).onlyFor(1, 2).build();

        assertThat(WelcomeGrants.grants(shared, 2, NOW)).isTrue();
        assertThat(WelcomeGrants.grants(shared, 3, NOW)).isFalse();
    }

    @Test
    void theFirstMembersReceiveItWhileUnitsLast() {
        assertThat(WelcomeGrants.grants(aWelcomeReward().of(1).units(10, 9).build(), 1, NOW))
                .isTrue();
        assertThat(WelcomeGrants.grants(aWelcomeReward().of(1).units(10, 10).build(), 1, NOW))
                .isFalse();
    }

    @Test
    void aPointsRewardIsNeverGranted() {
        assertThat(WelcomeGrants.grants(aPointsReward().of(1).build(), 1, NOW)).isFalse();
    }
}

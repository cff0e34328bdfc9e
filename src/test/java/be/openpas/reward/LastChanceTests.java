package be.openpas.reward;

import static be.openpas.reward.TestRewards.aPointsReward;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The read-only {@code lastChance}: redeemable now, and ending within 14 days or with at most 10% of its units left. */
class LastChanceTests {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-21T10:00:00+01:00");

    @Test
    void aRewardWhoseRedeemPeriodEndsWithinTwoWeeksIsALastChance() {
        assertThat(aPointsReward()
                        .redeemable(NOW.minusDays(1), NOW.plusDays(14))
                        .build()
                        .lastChance(NOW))
                .isTrue();
        assertThat(aPointsReward()
                        .redeemable(NOW.minusDays(1), NOW.plusDays(15))
                        .build()
                        .lastChance(NOW))
                .isFalse();
        assertThat(aPointsReward().redeemable(NOW.minusDays(1), null).build().lastChance(NOW))
                .isFalse();
    }

    @Test
    void aRewardWithAtMostTenPercentOfItsUnitsLeftIsALastChance() {
        assertThat(aPointsReward().units(100, 90).build().lastChance(NOW)).isTrue();
        assertThat(aPointsReward().units(100, 89).build().lastChance(NOW)).isFalse();
        assertThat(aPointsReward().units(5, 4).build().lastChance(NOW)).isFalse();
        assertThat(aPointsReward().units(100, 100).build().lastChance(NOW))
                .as("sold out is no chance at all")
                .isFalse();
    }

    @Test
    void aRewardThatCannotBeRedeemedNowIsNoLastChance() {
        assertThat(aPointsReward()
                        .redeemable(NOW.plusDays(1), NOW.plusDays(3))
                        .build()
                        .lastChance(NOW))
                .isFalse();
        assertThat(aPointsReward()
                        .redeemable(NOW.minusDays(1), NOW.plusDays(3))
                        .status(RewardStatus.INACTIVE)
                        .build()
                        .lastChance(NOW))
                .isFalse();
    }

    @Test
    void aWelcomeRewardIsGrantedByTheCardSystemThatOwnsItOrNamesIt() {
        Reward forAll = TestRewards.aWelcomeReward().of(5).build();
        Reward named = TestRewards.aWelcomeReward().of(5).onlyFor(5, 40).build();

        assertThat(forAll.welcomesMembersOf(5)).isTrue();
        assertThat(forAll.welcomesMembersOf(40))
                .as("for all card systems is about redeeming, not granting")
                .isFalse();
        assertThat(named.welcomesMembersOf(40)).isTrue();
        assertThat(named.welcomesMembersOf(7)).isFalse();
    }
}

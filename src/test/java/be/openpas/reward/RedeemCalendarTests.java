package be.openpas.reward;

import static be.openpas.reward.RewardWorld.card;
import static be.openpas.reward.TestRewards.aPointsReward;
import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.organizer.OrganizerId;
import be.openpas.passholder.PassholderView;
import be.openpas.points.Points;
import be.openpas.shared.time.PeriodType;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.MutableClock;
import be.openpas.support.MutableClockConfiguration;
import be.openpas.support.Refusals;
import be.openpas.support.SaleFixtures;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A passholder's redeem limit counts redemptions in calendar periods in Belgian local time, through the whole
 * redemption (clock, database and rules): a new month at midnight on the first, a day of 23 hours at the spring DST
 * change, a week and a year across the new year (API#Reward.redeemConstraint).
 */
@ApiTest
@Import(MutableClockConfiguration.class)
class RedeemCalendarTests {

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    @Autowired
    Rewards rewards;

    @Autowired
    Redemptions redemptions;

    @Autowired
    Points points;

    @Autowired
    PlatformTransactionManager transactions;

    RewardWorld world;
    PassholderView passholder;

    @BeforeEach
    void setUp() {
        clock.setBrussels("2026-01-02T10:00");
        world = new RewardWorld(mvc, fixtures, sales, rewards, points, transactions);
        passholder = world.passholderWithPoints(100);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    Reward rewardLimitedPer(PeriodType period) {
        return world.reward(aPointsReward()
                .points(1)
                .published(
                        OffsetDateTime.parse("2026-01-01T00:00:00+01:00"),
                        OffsetDateTime.parse("2028-01-01T00:00:00+01:00"))
                .limit(new RedeemConstraint(1, period)));
    }

    void redeemAt(Reward reward, String brusselsTime) {
        clock.setBrussels(brusselsTime);
        redemptions
                .redeem(RewardId.of(reward.id()), card(passholder), OrganizerId.of(world.region.counterId()), "test")
                .orElseThrow();
    }

    void refusedAt(Reward reward, String brusselsTime) {
        assertThat(Refusals.refusalOf(() -> redeemAt(reward, brusselsTime), RewardNotRedeemable.class)
                        .reason())
                .isEqualTo(RedeemReason.PASSHOLDER_VOLUME);
        assertThat(redemptions
                        .status(RewardId.of(reward.id()), card(passholder))
                        .reason())
                .isEqualTo(RedeemReason.PASSHOLDER_VOLUME);
    }

    @Test
    void redeemConstraintPerCalendarMonthResetsOnTheFirst() {
        Reward reward = rewardLimitedPer(PeriodType.MONTH);
        redeemAt(reward, "2026-03-01T00:00");

        refusedAt(reward, "2026-03-31T23:59");
        redeemAt(reward, "2026-04-01T00:00");
    }

    @Test
    void aDayOfTwentyThreeHoursAtTheSpringDstChangeEndsAtLocalMidnight() {
        Reward reward = rewardLimitedPer(PeriodType.DAY);
        redeemAt(reward, "2026-03-29T00:30");

        refusedAt(reward, "2026-03-29T23:30");
        redeemAt(reward, "2026-03-30T00:05");
    }

    @Test
    void aWeekRunsFromMondayToSundayAcrossTheNewYear() {
        Reward reward = rewardLimitedPer(PeriodType.WEEK);
        redeemAt(reward, "2026-12-28T09:00");

        refusedAt(reward, "2027-01-03T23:00");
        redeemAt(reward, "2027-01-04T00:00");
    }

    @Test
    void aYearStartsOnTheFirstOfJanuaryInBrussels() {
        Reward reward = rewardLimitedPer(PeriodType.YEAR);
        redeemAt(reward, "2026-12-31T23:50");

        // 00:10 on 1 January in Brussels is still 31 December in UTC
        redeemAt(reward, "2027-01-01T00:10");
        refusedAt(reward, "2027-12-31T23:59");
    }
}

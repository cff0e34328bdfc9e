package be.openpas.reward;

import static be.openpas.reward.RewardWorld.card;
import static be.openpas.reward.TestRewards.aPointsReward;
import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.organizer.OrganizerId;
import be.openpas.passholder.PassholderView;
import be.openpas.points.Points;
import be.openpas.shared.refusal.Outcome;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Forty counters redeeming at the same moment: a passholder never spends more points than they have, and a reward
 * never gives more units than it has (locks: the balance, then the reward). Runs on H2 and on PostgreSQL (CI).
 */
@ApiTest
class ConcurrentRedemptionTests {

    static final int COUNTERS = 40;

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

    ExecutorService pool;
    RewardWorld world;

    @BeforeEach
    void setUp() {
        pool = Executors.newFixedThreadPool(COUNTERS);
        world = new RewardWorld(mvc, fixtures, sales, rewards, points, transactions);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void aPassholderRedeemingFortyTimesAtOnceWithPointsForThreeRedeemsThree() throws Exception {
        Reward reward = world.reward(aPointsReward().points(4));
        PassholderView passholder = world.passholderWithPoints(14);

        List<String> outcomes = race(i -> card(passholder), reward);

        assertThat(outcomes).filteredOn(o -> o == null).hasSize(3);
        assertThat(outcomes).filteredOn(o -> o != null).containsOnly("reward-passholder-points-constraint");
        assertThat(points.balance(passholder.id())).isEqualTo(2);
        assertThat(points.sumOfEntries(passholder.id())).isEqualTo(2);
        assertThat(rewards.get(RewardId.of(reward.id())).unitsTaken()).isEqualTo(3);
    }

    @Test
    void fortyPassholdersRedeemingTheLastFiveUnitsAtOnceGetFive() throws Exception {
        Reward reward = world.reward(aPointsReward().points(2).units(5));
        List<String> cards = new ArrayList<>();
        List<PassholderView> holders = new ArrayList<>();
        for (int i = 0; i < COUNTERS; i++) {
            PassholderView passholder = world.passholderWithPoints(2);
            holders.add(passholder);
            cards.add(card(passholder));
        }

        List<String> outcomes = race(cards::get, reward);

        assertThat(outcomes).filteredOn(o -> o == null).hasSize(5);
        assertThat(outcomes).filteredOn(o -> o != null).containsOnly("reward-volume-constraint");
        assertThat(rewards.get(RewardId.of(reward.id())).unitsTaken()).isEqualTo(5);
        assertThat(holders.stream().mapToInt(p -> points.balance(p.id())).sum())
                .as("only the five who got a unit paid")
                .isEqualTo(COUNTERS * 2 - 5 * 2);
    }

    @Test
    void parallelRedemptionsAndCancellationsKeepPointsAndUnitsInStep() throws Exception {
        Reward reward = world.reward(aPointsReward().points(1).units(COUNTERS));
        PassholderView passholder = world.passholderWithPoints(COUNTERS);
        List<String> done = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < COUNTERS / 2; i++) {
            done.add(redemptions
                    .redeem(
                            RewardId.of(reward.id()),
                            card(passholder),
                            OrganizerId.of(world.region.counterId()),
                            "test")
                    .orElseThrow()
                    .id()
                    .toString());
        }
        CyclicBarrier start = new CyclicBarrier(COUNTERS);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < COUNTERS; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                start.await();
                if (index % 2 == 0) {
                    redemptions
                            .cancel(java.util.UUID.fromString(done.get(index / 2)), "test")
                            .orElseThrow();
                } else {
                    redemptions
                            .redeem(
                                    RewardId.of(reward.id()),
                                    card(passholder),
                                    OrganizerId.of(world.region.counterId()),
                                    "test")
                            .orElseThrow();
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }

        assertThat(points.balance(passholder.id())).isEqualTo(COUNTERS - COUNTERS / 2);
        assertThat(points.sumOfEntries(passholder.id())).isEqualTo(COUNTERS - COUNTERS / 2);
        assertThat(rewards.get(RewardId.of(reward.id())).unitsTaken()).isEqualTo(COUNTERS / 2);
    }

    /** Every counter redeems once at the same moment; answers null for a success, else the problem type. */
    List<String> race(IntFunction<String> cardOfCounter, Reward reward) throws Exception {
        CyclicBarrier start = new CyclicBarrier(COUNTERS);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < COUNTERS; i++) {
            int index = i;
            Callable<String> redemption = () -> {
                start.await();
                return switch (redemptions.redeem(
                        RewardId.of(reward.id()),
                        cardOfCounter.apply(index),
                        OrganizerId.of(world.region.counterId()),
                        "counter")) {
                    case Outcome.Done<RedeemedReward> done -> null;
                    case Outcome.Refused<RedeemedReward> refused ->
                        refused.refusal().slug();
                };
            };
            futures.add(pool.submit(redemption));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> future : futures) {
            outcomes.add(future.get());
        }
        return outcomes;
    }
}

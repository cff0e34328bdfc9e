package be.openpas.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.event.EventView;
import be.openpas.passholder.PassholderView;
import be.openpas.points.EntryKind;
import be.openpas.points.Points;
import be.openpas.points.PointsChange;
import be.openpas.shared.refusal.Outcome;
import be.openpas.shared.refusal.RefusalException;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Thirty devices at the same moment: a passholder's card scanned at once on every kiosk and counter of an event
 * gets exactly one check-in (limit 1 per day); thirty parallel withdrawals never take the balance below zero. Runs
 * on H2 and on PostgreSQL (CI).
 */
@ApiTest
class ConcurrentCheckinTests {

    static final int DEVICES = 30;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    @Autowired
    Checkins checkins;

    @Autowired
    Points points;

    @Autowired
    PlatformTransactionManager transactions;

    ExecutorService pool;
    Fixtures.Region region;

    @BeforeEach
    void setUp() {
        pool = Executors.newFixedThreadPool(DEVICES);
        region = fixtures.region();
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    <T> List<Future<T>> atOnce(Callable<T> task) {
        CyclicBarrier start = new CyclicBarrier(DEVICES);
        List<Future<T>> results = new ArrayList<>();
        for (int i = 0; i < DEVICES; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        return results;
    }

    @Test
    void parallelCheckinsOfOnePassholderGiveExactlyTheLimit() throws Exception {
        EventView pool = sales.event(region.counterId(), "0.00", SaleFixtures.startingIn(-1));
        PassholderView passholder = fixtures.passholder(region, null);
        String card = passholder.uitpasNumber().orElseThrow();

        int accepted = 0;
        int refused = 0;
        for (Future<String> result : atOnce(() -> {
            return switch (checkins.checkIn(card, pool, Channel.KIOSK, null, "kiosk")) {
                case Outcome.Done<Checkins.Result> done -> "ok";
                case Outcome.Refused<Checkins.Result> no ->
                    ((CheckinNotAllowed) no.refusal()).reason().name();
            };
        })) {
            String outcome = result.get();
            if (outcome.equals("ok")) {
                accepted++;
            } else {
                assertThat(outcome).isEqualTo("LIMIT_REACHED");
                refused++;
            }
        }
        assertThat(accepted).isEqualTo(1);
        assertThat(refused).isEqualTo(DEVICES - 1);
        assertThat(points.balance(passholder.id())).isEqualTo(1);
        assertThat(points.sumOfEntries(passholder.id())).isEqualTo(1);
    }

    @Test
    void parallelWithdrawalsNeverTakeTheBalanceBelowZero() throws Exception {
        PassholderView passholder = fixtures.passholder(region, null);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> points.record(
                new PointsChange(passholder.id(), EntryKind.CORRECTION, 10, "Start", "", null, "test", "test")));

        int taken = 0;
        for (Future<Boolean> result : atOnce(() -> {
            try {
                transaction.executeWithoutResult(status -> points.record(
                        new PointsChange(passholder.id(), EntryKind.REDEMPTION, -3, "Koffie", "", null, null, "test")));
                return true;
            } catch (RefusalException notEnough) {
                return false;
            }
        })) {
            if (result.get()) {
                taken++;
            }
        }
        assertThat(taken).isEqualTo(3);
        assertThat(points.balance(passholder.id())).isEqualTo(1);
        assertThat(points.sumOfEntries(passholder.id())).isEqualTo(1);
    }
}

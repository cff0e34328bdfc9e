package be.openpas.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.coupon.Coupon;
import be.openpas.coupon.CouponScope;
import be.openpas.coupon.CouponStatus;
import be.openpas.coupon.CouponTarget;
import be.openpas.coupon.CouponValue;
import be.openpas.coupon.Coupons;
import be.openpas.coupon.DiscountShare;
import be.openpas.distribution.Payer;
import be.openpas.event.EventId;
import be.openpas.event.EventSettings;
import be.openpas.event.EventView;
import be.openpas.event.UitpasEvents;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.refusal.RefusalException;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.shared.time.PeriodLimit;
import be.openpas.shared.time.PeriodType;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Refusals;
import be.openpas.support.SaleFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fifty counters selling the last tickets of a limit at the same moment: exactly the allowed number of sales are
 * registered, the others get {@code maximum-reached}, and nothing is oversold, also when the sales create their lock
 * rows (a holder's first sale, a coupon's first use). Runs on H2 and on PostgreSQL (CI).
 */
@ApiTest
class ConcurrentTicketSaleTests {

    static final int COUNTERS = 50;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    @Autowired
    TicketSales ticketSales;

    @Autowired
    UitpasEvents uitpasEvents;

    @Autowired
    Coupons coupons;

    ExecutorService pool;
    Fixtures.Region region;
    EventView event;

    @BeforeEach
    void setUp() {
        pool = Executors.newFixedThreadPool(COUNTERS);
        region = fixtures.region();
        sales.twentyPercent(region.cardSystemId());
        event = sales.event(region.counterId(), "12.00");
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void fiftyParallelSalesForTheLastTicketOfALimitRegisterExactlyOne() throws Exception {
        String card = kansenpas();

        List<Outcome> outcomes = race(card, 1);

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> !o.succeeded())
                .extracting(Outcome::problem)
                .containsOnly("maximum-reached");
        assertThat(ticketSales
                        .ofEvent(EventId.of(event.id()), PageRequest.all())
                        .totalItems())
                .isEqualTo(1);
    }

    @Test
    void fiftyParallelSalesAgainstALimitOfThreeRegisterExactlyThree() throws Exception {
        limit(3);
        String card = kansenpas();

        List<Outcome> outcomes = race(card, 1);

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(3);
        assertThat(ticketSales
                        .ofEvent(EventId.of(event.id()), PageRequest.all())
                        .totalItems())
                .isEqualTo(3);
    }

    @Test
    void fiftyParallelSalesAgainstAGroupPassBudgetOfFiveRegisterExactlyFive() throws Exception {
        String group = fixtures.groupPass(
                        region, LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(6), 5)
                .uitpasNumber();

        List<Outcome> outcomes = race(group, 1);

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(5);
        assertThat(outcomes)
                .filteredOn(o -> !o.succeeded())
                .extracting(Outcome::problem)
                .containsOnly("maximum-reached");
        assertThat(ticketSales
                        .ofEvent(EventId.of(event.id()), PageRequest.all())
                        .totalItems())
                .isEqualTo(5);
    }

    @Test
    void fiftyFirstSalesOfDifferentPassholdersForTheLastUnitOfACouponRegisterExactlyOne() throws Exception {
        // every sale creates its holder's lock row and races for the coupon's new one: two rows in key order
        Coupon lastUnit = coupons.create(new Coupon(
                null,
                region.cardSystemId(),
                "Laatste bon",
                null,
                CouponValue.discount("5"),
                LocalDate.now(ClockConfiguration.BRUSSELS).minusDays(1),
                LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(1),
                CouponTarget.EVERYONE,
                CouponScope.EVERYWHERE,
                null,
                null,
                1,
                CouponStatus.ACTIVE,
                null,
                List.of(DiscountShare.of(Payer.MUNICIPALITY, "100"))));
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < COUNTERS; i++) {
            cards.add(kansenpas());
        }
        CyclicBarrier start = new CyclicBarrier(COUNTERS);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (String card : cards) {
            futures.add(pool.submit(() -> {
                start.await();
                TicketSales.Item item =
                        new TicketSales.Item(event, card, "COUPON" + lastUnit.id(), new BigDecimal("12.00"), null);
                return switch (ticketSales.register(List.of(item), "counter", null)) {
                    case TicketSales.Registered registered -> new Outcome(true, null);
                    case SaleItemRefused refused -> new Outcome(false, refused.slug());
                };
            }));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get());
        }

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> !o.succeeded())
                .extracting(Outcome::problem)
                .containsOnly("maximum-reached");
    }

    @Test
    void fiftyFirstSalesOfAnEventByDifferentPassholdersAllRegisterAndFreezeTheEventOnce() throws Exception {
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < COUNTERS; i++) {
            cards.add(kansenpas());
        }
        CyclicBarrier start = new CyclicBarrier(COUNTERS);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (String card : cards) {
            futures.add(pool.submit(() -> {
                start.await();
                return switch (ticketSales.register(List.of(item(card)), "counter", null)) {
                    case TicketSales.Registered registered -> new Outcome(true, null);
                    case SaleItemRefused refused -> new Outcome(false, refused.slug());
                };
            }));
        }
        for (Future<Outcome> future : futures) {
            assertThat(future.get().succeeded()).isTrue();
        }

        assertThat(ticketSales
                        .ofEvent(EventId.of(event.id()), PageRequest.all())
                        .totalItems())
                .isEqualTo(COUNTERS);
        assertThat(uitpasEvents.discountSetup(event).sold()).isTrue();
    }

    @Test
    void parallelRetriesWithOneIdempotencyKeyRegisterOneSale() throws Exception {
        limit(50);
        String card = kansenpas();
        String key = UUID.randomUUID().toString();
        CyclicBarrier start = new CyclicBarrier(10);
        List<Future<Long>> futures = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return ticketSales
                        .register(List.of(item(card)), "retrying-client", key)
                        .orElseThrow()
                        .sales()
                        .getFirst()
                        .id();
            }));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Long> future : futures) {
            ids.add(future.get());
        }

        assertThat(ids).containsOnly(ids.getFirst());
        assertThat(ticketSales
                        .ofEvent(EventId.of(event.id()), PageRequest.all())
                        .totalItems())
                .isEqualTo(1);
    }

    void limit(int ticketsPerPassholder) {
        EventSettings current = uitpasEvents.settings(EventId.of(event.id()));
        uitpasEvents.saveSettings(
                EventId.of(event.id()),
                new EventSettings(
                        null,
                        current.checkinPoints(),
                        new PeriodLimit(ticketsPerPassholder, PeriodType.ABSOLUTE),
                        current.checkinLimit()));
    }

    String kansenpas() {
        return fixtures.passholder(
                        region, LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(6))
                .uitpasNumber()
                .orElseThrow();
    }

    TicketSales.Item item(String card) {
        return new TicketSales.Item(event, card, "SOCIALTARIFF", new BigDecimal("12.00"), null);
    }

    List<Outcome> race(String card, int ticketsEach) throws Exception {
        CyclicBarrier start = new CyclicBarrier(COUNTERS);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < COUNTERS; i++) {
            Callable<Outcome> sale = () -> {
                start.await();
                try {
                    List<TicketSales.Item> items = new ArrayList<>();
                    for (int t = 0; t < ticketsEach; t++) {
                        items.add(item(card));
                    }
                    return switch (ticketSales.register(items, "counter", null)) {
                        case TicketSales.Registered registered -> new Outcome(true, null);
                        case SaleItemRefused refused -> new Outcome(false, refused.slug());
                    };
                } catch (RefusalException problem) {
                    return new Outcome(false, Refusals.slugOf(problem));
                }
            };
            futures.add(pool.submit(sale));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get());
        }
        return outcomes;
    }

    record Outcome(boolean succeeded, String problem) {}
}

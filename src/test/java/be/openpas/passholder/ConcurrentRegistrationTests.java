package be.openpas.passholder;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.card.CardType;
import be.openpas.card.UitpasNumber;
import be.openpas.membershipprice.MembershipPrices;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.refusal.RefusalException;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Refusals;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two counters registering at the same moment: the database constraints, not the checks that ran before them, decide
 * who wins. Exactly one registration succeeds, the other gets the problem a client can act on, and nothing half-done
 * stays behind. Runs on H2 and on PostgreSQL (CI).
 */
@ApiTest
class ConcurrentRegistrationTests {

    static final int ROUNDS = 5;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Passholders passholders;

    @Autowired
    Registrations registrations;

    @Autowired
    MembershipPrices prices;

    ExecutorService pool;
    Fixtures.Region region;

    @BeforeEach
    void setUp() {
        pool = Executors.newFixedThreadPool(2);
        region = fixtures.region();
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void theSameInszNumberRegisteredTwiceAtOnceMakesOnePassholder() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            PersonDetails person = Fixtures.person(Fixtures.unique("Gelijktijdig"));
            String firstCard = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
            String secondCard = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);

            List<Outcome> outcomes = race(card -> registration(person, card, null), firstCard, secondCard);

            assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(outcome -> !outcome.succeeded())
                    .singleElement()
                    .extracting(Outcome::problem)
                    .isEqualTo("insz-already-used");
            assertThat(passholders.findByInsz(person.inszNumber())).isPresent();
            String losingCard = outcomes.get(0).succeeded() ? secondCard : firstCard;
            assertThat(passholders.findByCard(new UitpasNumber(losingCard)))
                    .as("the losing card stays in stock")
                    .isEmpty();
        }
    }

    @Test
    void theSameCardHandedToTwoPeopleAtOnceGoesToOne() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String card = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
            PersonDetails first = Fixtures.person(Fixtures.unique("Eerste"));
            PersonDetails second = Fixtures.person(Fixtures.unique("Tweede"));

            List<Outcome> outcomes = race(person -> registration(person, card, null), first, second);

            assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(outcome -> !outcome.succeeded())
                    .singleElement()
                    .extracting(Outcome::problem)
                    .isIn("invalid-card-status", "invalid-card");
            PersonDetails loser = outcomes.get(0).succeeded() ? second : first;
            assertThat(passholders.findByInsz(loser.inszNumber()))
                    .as("no passholder without a card is left behind")
                    .isEmpty();
        }
    }

    @Test
    void aSingleUseVoucherRedeemedTwiceAtOnceCountsOnce() throws Exception {
        int typeId = fixtures.freeWithVoucher(region.cardSystemId());
        for (int round = 0; round < ROUNDS; round++) {
            String voucher = prices.generateVouchers(typeId, 1).getFirst();
            String firstCard = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
            String secondCard = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
            PersonDetails first = Fixtures.person(Fixtures.unique("Voucher"));
            PersonDetails second = Fixtures.person(Fixtures.unique("Voucher"));

            List<Outcome> outcomes = race(
                    pair -> registration(pair.person(), pair.card(), voucher),
                    new PersonAndCard(first, firstCard),
                    new PersonAndCard(second, secondCard));

            assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(outcome -> !outcome.succeeded())
                    .singleElement()
                    .extracting(Outcome::problem)
                    .isEqualTo("invalid-voucher-code");
            PersonDetails loser = outcomes.get(0).succeeded() ? second : first;
            assertThat(passholders.findByInsz(loser.inszNumber())).isEmpty();
        }
    }

    record PersonAndCard(PersonDetails person, String card) {}

    Registration registration(PersonDetails person, String card, String voucher) {
        return new Registration(
                person, region.counterId(), region.cardSystemId(), CardType.NFC_CARD, card, null, voucher);
    }

    /** Runs both registrations released by one barrier, and reports each outcome in argument order. */
    @SafeVarargs
    final <T> List<Outcome> race(Function<T, Registration> registration, T... contenders) throws Exception {
        CyclicBarrier start = new CyclicBarrier(contenders.length);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (T contender : contenders) {
            Callable<Outcome> attempt = () -> {
                start.await();
                try {
                    registrations
                            .register(registration.apply(contender), RegistrationRights.ALL)
                            .orElseThrow();
                    return new Outcome(true, null);
                } catch (ApiProblem | RefusalException problem) {
                    return new Outcome(false, Refusals.slugOf(problem));
                }
            };
            futures.add(pool.submit(attempt));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get());
        }
        return outcomes;
    }

    record Outcome(boolean succeeded, String problem) {}
}

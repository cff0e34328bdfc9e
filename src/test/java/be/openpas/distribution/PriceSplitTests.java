package be.openpas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The split of a regular price over its payers (domain.md 3.1) and its rounding rule (docs/distribution-keys.md). */
class PriceSplitTests {

    static final Share PASSHOLDER_20 = Share.of(Payer.PASSHOLDER, ShareKind.PERCENT_OF_TOTAL, "20");
    static final Share ORGANIZER_HALF = Share.of(Payer.ORGANIZER, ShareKind.PERCENT_OF_REMAINDER, "50");
    static final Share CITY_HALF = Share.of(Payer.MUNICIPALITY, ShareKind.PERCENT_OF_REMAINDER, "50");

    @Test
    void passholderPaysTwentyPercentAndOrganizerAndCityShareTheRest() {
        PriceSplit split =
                PriceSplit.of(new BigDecimal("10"), List.of(PASSHOLDER_20, ORGANIZER_HALF, CITY_HALF), "Gent");

        assertThat(split.passholderPrice()).isEqualByComparingTo("2.00");
        assertThat(split.amounts())
                .extracting(PayerAmount::amount)
                .containsExactly(new BigDecimal("2.00"), new BigDecimal("4.00"), new BigDecimal("4.00"));
        assertThat(split.amounts().get(2).name()).isEqualTo("Gent");
        assertThat(split.discount()).isEqualByComparingTo("8.00");
    }

    @Test
    void observedPeltPriceOf310GivesAKansentariefOf062() {
        assertThat(PriceSplit.of(new BigDecimal("3.10"), List.of(PASSHOLDER_20, ORGANIZER_HALF, CITY_HALF), null)
                        .passholderPrice())
                .isEqualByComparingTo("0.62");
    }

    @Test
    void workedExampleDeWerfAalstPassholderPays150CityHalfOrganizerTheRest() {
        // domain.md 3.1 rule 7: the Aalst passholder pays €1.50, the city 50% of the price, the organizer the rest.
        List<Share> aalst = List.of(
                Share.of(Payer.PASSHOLDER, ShareKind.FIXED, "1.50"),
                Share.of(Payer.MUNICIPALITY, ShareKind.PERCENT_OF_TOTAL, "50"),
                Share.of(Payer.ORGANIZER, ShareKind.PERCENT_OF_REMAINDER, "100"));
        List<Share> lede = List.of(
                Share.of(Payer.PASSHOLDER, ShareKind.FIXED, "1.50"),
                Share.of(Payer.MUNICIPALITY, ShareKind.PERCENT_OF_TOTAL, "70"),
                Share.of(Payer.ORGANIZER, ShareKind.PERCENT_OF_REMAINDER, "100"));

        assertThat(PriceSplit.of(new BigDecimal("12"), aalst, "Aalst").amounts())
                .extracting(PayerAmount::amount)
                .containsExactly(new BigDecimal("1.50"), new BigDecimal("6.00"), new BigDecimal("4.50"));
        assertThat(PriceSplit.of(new BigDecimal("12"), lede, "Lede").amounts())
                .extracting(PayerAmount::amount)
                .containsExactly(new BigDecimal("1.50"), new BigDecimal("8.40"), new BigDecimal("2.10"));
    }

    @Test
    void aFixedShareIsNeverMoreThanThePrice() {
        PriceSplit split = PriceSplit.of(
                new BigDecimal("1.00"),
                List.of(Share.of(Payer.PASSHOLDER, ShareKind.FIXED, "1.50"), ORGANIZER_HALF, CITY_HALF),
                null);

        assertThat(split.passholderPrice()).isEqualByComparingTo("1.00");
        assertThat(split.amounts()).extracting(PayerAmount::amount).allMatch(a -> a.signum() >= 0);
        assertThat(split.discount()).isEqualByComparingTo("0");
    }

    @Test
    void percentagesRoundHalfUpToTheCentAndTheLastRemainderShareTakesWhatIsLeft() {
        // 20% of 9.99 = 1.998 -> 2.00; remainder 7.99: 50% = 3.995 -> 4.00; the last share takes 3.99.
        PriceSplit split =
                PriceSplit.of(new BigDecimal("9.99"), List.of(PASSHOLDER_20, ORGANIZER_HALF, CITY_HALF), null);

        assertThat(split.amounts())
                .extracting(PayerAmount::amount)
                .containsExactly(new BigDecimal("2.00"), new BigDecimal("4.00"), new BigDecimal("3.99"));
    }

    @Test
    void aFunderTakesItsShareUnderItsOwnName() {
        PriceSplit split = PriceSplit.of(
                new BigDecimal("15"),
                List.of(
                        PASSHOLDER_20,
                        Share.of(Payer.ORGANIZER, ShareKind.PERCENT_OF_REMAINDER, "40"),
                        Share.of(Payer.MUNICIPALITY, ShareKind.PERCENT_OF_REMAINDER, "40"),
                        Share.funder("Provincie Limburg", ShareKind.PERCENT_OF_REMAINDER, "20")),
                "Hasselt");

        assertThat(split.amounts().get(3))
                .isEqualTo(new PayerAmount(Payer.FUNDER, "Provincie Limburg", new BigDecimal("2.40")));
    }

    @Test
    void aFreeTicketIsSplitIntoZeros() {
        assertThat(PriceSplit.of(BigDecimal.ZERO, List.of(PASSHOLDER_20, ORGANIZER_HALF, CITY_HALF), null)
                        .amounts())
                .extracting(PayerAmount::amount)
                .allMatch(a -> a.compareTo(BigDecimal.ZERO) == 0);
    }

    /**
     * Property: for thousands of random valid keys and prices, the shares add up exactly to the regular price and
     * each lies between 0 and the price (a seeded generator, so a failure can be reproduced).
     */
    @Test
    void sharesAlwaysAddUpToTheRegularPriceAndEachLiesBetweenZeroAndThePrice() {
        Random random = new Random(20261121);
        for (int run = 0; run < 20_000; run++) {
            List<Share> shares = randomValidKey(random);
            assertThat(DistributionKeyRules.check(shares, "shares"))
                    .as("generated key %s", shares)
                    .isEmpty();
            BigDecimal price = BigDecimal.valueOf(random.nextInt(run % 10 == 0 ? 300 : 100_000), 2);
            PriceSplit split = PriceSplit.of(price, shares, "Gent");

            BigDecimal sum = split.amounts().stream().map(PayerAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as("sum of %s for %s", shares, price).isEqualByComparingTo(price);
            assertThat(split.amounts()).as("shares of %s for %s", shares, price).allSatisfy(a -> {
                assertThat(a.amount().signum()).isGreaterThanOrEqualTo(0);
                assertThat(a.amount()).isLessThanOrEqualTo(price);
                assertThat(a.amount().scale()).isEqualTo(2);
            });
            assertThat(split.passholderPrice()).isBetween(BigDecimal.ZERO, price);
        }
    }

    /** A random key: the passholder and some payers with fixed or percentage shares, remainder shares adding to 100. */
    static List<Share> randomValidKey(Random random) {
        List<Payer> others = new ArrayList<>(List.of(Payer.ORGANIZER, Payer.MUNICIPALITY, Payer.FUNDER));
        java.util.Collections.shuffle(others, random);
        List<Share> shares = new ArrayList<>();
        Share passholder = randomShare(Payer.PASSHOLDER, random, 100);
        shares.add(passholder);
        int remainderShares = 1 + random.nextInt(others.size());
        int percentLeft = 10_000; // in hundredths of a percent
        BigDecimal totalPercent =
                passholder.kind() == ShareKind.PERCENT_OF_TOTAL ? passholder.value() : BigDecimal.ZERO;
        for (int i = 0; i < others.size(); i++) {
            Payer payer = others.get(i);
            String funder = payer == Payer.FUNDER ? "Fonds " + random.nextInt(3) : null;
            if (i < remainderShares) {
                int value = i == remainderShares - 1 ? percentLeft : random.nextInt(percentLeft + 1);
                percentLeft -= value;
                shares.add(new Share(payer, funder, ShareKind.PERCENT_OF_REMAINDER, BigDecimal.valueOf(value, 2)));
            } else {
                Share share = randomShare(
                        payer,
                        random,
                        100
                                - totalPercent
                                        .setScale(0, java.math.RoundingMode.CEILING)
                                        .intValue());
                if (share.kind() == ShareKind.PERCENT_OF_TOTAL) {
                    totalPercent = totalPercent.add(share.value());
                }
                shares.add(new Share(payer, funder, share.kind(), share.value()));
            }
        }
        java.util.Collections.shuffle(shares, random);
        return shares;
    }

    private static Share randomShare(Payer payer, Random random, int maxPercent) {
        return random.nextBoolean()
                ? new Share(payer, null, ShareKind.FIXED, BigDecimal.valueOf(random.nextInt(2_000), 2))
                : new Share(
                        payer,
                        null,
                        ShareKind.PERCENT_OF_TOTAL,
                        BigDecimal.valueOf(random.nextInt(maxPercent * 100 + 1), 2));
    }
}

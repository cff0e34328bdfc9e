package be.openpas.ticketing.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.distribution.DistributionKey;
import be.openpas.distribution.PriceSplit;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.shared.time.PeriodLimit;
import be.openpas.shared.time.PeriodType;
import be.openpas.ticketing.Notice;
import be.openpas.ticketing.Tariff;
import be.openpas.ticketing.TariffType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Limits per calendar period (Europe/Brussels), group budgets and coupons (domain.md 3.4, 3.5, 3.12). */
class TariffCalculatorTests {

    static final int GENT = 5;
    static final DistributionKey KEY = SocialTariffRuleTests.key(1, GENT, "20");
    final UUID eventId = UUID.randomUUID();
    final EventFacts event = event(new PeriodLimit(1, PeriodType.ABSOLUTE));
    final Holder holder = SocialTariffRuleTests.holder(Map.of(GENT, Holder.Entitlement.ENTITLED), "Gent");

    static Clock at(String brusselsLocalTime) {
        return Clock.fixed(
                ZonedDateTime.parse(brusselsLocalTime + "[Europe/Brussels]").toInstant(), ClockConfiguration.BRUSSELS);
    }

    PastSale socialSale(String brusselsLocalTime) {
        return new PastSale(
                eventId,
                TariffType.SOCIALTARIFF,
                null,
                ZonedDateTime.parse(brusselsLocalTime + "[Europe/Brussels]").toOffsetDateTime());
    }

    EventFacts event(PeriodLimit ticketLimit) {
        return new EventFacts(
                eventId,
                SocialTariffRuleTests.ORGANIZER,
                "Gent",
                Set.of(GENT),
                Set.of(GENT),
                Set.of(),
                false,
                ticketLimit);
    }

    TariffCalculator.Answer answer(PeriodLimit limit, List<PastSale> sales, Clock clock) {
        return TariffCalculator.compute(new TariffCalculator.Facts(
                holder, event(limit), new BigDecimal("10"), List.of(KEY), List.of(), new Usage(sales), clock));
    }

    @Test
    void ticketLimitPerMonthCountsSalesInTheCalendarMonthInBrussels() {
        PeriodLimit oneAMonth = new PeriodLimit(1, PeriodType.MONTH);
        List<PastSale> lateOnJanuary31 = List.of(socialSale("2026-01-31T23:30:00+01:00"));

        assertThat(answer(oneAMonth, lateOnJanuary31, at("2026-01-31T23:50:00+01:00"))
                        .available())
                .isEmpty();
        assertThat(answer(oneAMonth, lateOnJanuary31, at("2026-02-01T00:10:00+01:00"))
                        .socialTariff())
                .isPresent();
    }

    @Test
    void ticketLimitPerWeekRunsFromMondayAcrossTheYearBoundary() {
        PeriodLimit oneAWeek = new PeriodLimit(1, PeriodType.WEEK);
        // Monday 29 December 2025 to Sunday 4 January 2026 is one week.
        List<PastSale> onTuesday = List.of(socialSale("2025-12-30T10:00:00+01:00"));

        assertThat(answer(oneAWeek, onTuesday, at("2026-01-04T22:00:00+01:00")).socialTariff())
                .isEmpty();
        assertThat(answer(oneAWeek, onTuesday, at("2026-01-05T00:01:00+01:00")).socialTariff())
                .isPresent();
    }

    @Test
    void ticketLimitPerDayFollowsBrusselsTimeAcrossTheDaylightSavingChange() {
        PeriodLimit oneADay = new PeriodLimit(1, PeriodType.DAY);
        // 29 March 2026: clocks go from 02:00 to 03:00; the day has 23 hours.
        List<PastSale> earlyThatDay = List.of(socialSale("2026-03-29T00:30:00+01:00"));

        assertThat(answer(oneADay, earlyThatDay, at("2026-03-29T23:30:00+02:00"))
                        .socialTariff())
                .isEmpty();
        assertThat(answer(oneADay, earlyThatDay, at("2026-03-30T00:00:00+02:00"))
                        .socialTariff())
                .isPresent();
    }

    @Test
    void anAbsoluteLimitCountsEverySaleEver() {
        PeriodLimit twoEver = new PeriodLimit(2, PeriodType.ABSOLUTE);
        List<PastSale> oneLongAgo = List.of(socialSale("2020-05-01T10:00:00+02:00"));

        TariffCalculator.Answer answer = answer(twoEver, oneLongAgo, at("2026-06-01T10:00:00+02:00"));

        assertThat(answer.socialTariff().orElseThrow().remaining()).isEqualTo(1);
    }

    @Test
    void whenTheLimitIsReachedTheAnswerSaysHowManyTicketsPerPeriod() {
        TariffCalculator.Answer answer = answer(
                new PeriodLimit(1, PeriodType.MONTH),
                List.of(socialSale("2026-06-01T10:00:00+02:00")),
                at("2026-06-02T10:00:00+02:00"));

        assertThat(answer.socialLimitReached()).isTrue();
        assertThat(answer.notices()).containsExactly(Notice.of("tariff.socialTariff.limitReached.MONTH", 1));
    }

    @Test
    void cancelledSalesAreNotPastSalesSoTheyDoNotCount() {
        // The repository leaves cancelled sales out; a holder with only cancelled sales has no usage.
        assertThat(answer(new PeriodLimit(1, PeriodType.ABSOLUTE), List.of(), at("2026-06-02T10:00:00+02:00"))
                        .socialTariff())
                .isPresent();
    }

    @Test
    void aGroupPassBuysUpToItsYearlyBudgetInsteadOfTheEventLimit() {
        Holder group = new Holder(
                Holder.Kind.GROUPPASS,
                UUID.randomUUID(),
                "0900000000002",
                GENT,
                "9000",
                "Gent",
                null,
                Map.of(GENT, Holder.Entitlement.ENTITLED),
                Map.of(GENT, OffsetDateTime.now()));

        TariffCalculator.Answer answer = TariffCalculator.compute(new TariffCalculator.Facts(
                group,
                event,
                new BigDecimal("10"),
                List.of(KEY),
                List.of(),
                Usage.ofGroupPass(List.of(), 7),
                at("2026-06-02T10:00:00+02:00")));
        TariffCalculator.Answer spent = TariffCalculator.compute(new TariffCalculator.Facts(
                group,
                event,
                new BigDecimal("10"),
                List.of(KEY),
                List.of(),
                Usage.ofGroupPass(List.of(), 0),
                at("2026-06-02T10:00:00+02:00")));

        assertThat(answer.socialTariff().orElseThrow().remaining()).isEqualTo(7);
        assertThat(spent.available()).isEmpty();
        assertThat(spent.notices()).containsExactly(Notice.of("tariff.groupPass.budgetSpent"));
    }

    @Test
    void remainingIsAtMostTheTicketsOneRequestMayRegister() {
        assertThat(answer(new PeriodLimit(1000, PeriodType.DAY), List.of(), at("2026-06-02T10:00:00+02:00"))
                        .socialTariff()
                        .orElseThrow()
                        .remaining())
                .isEqualTo(TariffCalculator.MAX_REMAINING);
    }

    @Test
    void couponsAreOfferedBesideTheSocialTariffAndLimitedPerPassholderPerEventAndInTotal() {
        PriceSplit split = PriceSplit.of(
                new BigDecimal("10"),
                List.of(
                        be.openpas.distribution.Share.of(
                                be.openpas.distribution.Payer.PASSHOLDER, be.openpas.distribution.ShareKind.FIXED, "4"),
                        be.openpas.distribution.Share.of(
                                be.openpas.distribution.Payer.MUNICIPALITY,
                                be.openpas.distribution.ShareKind.PERCENT_OF_REMAINDER,
                                "100")),
                "Gent");
        CouponOption twoAYear =
                new CouponOption(12, GENT, "Cultuurbon", split, new PeriodLimit(2, PeriodType.YEAR), null, null);
        CouponOption oncePerEvent = new CouponOption(
                13, GENT, "Eén keer per activiteit", split, null, new PeriodLimit(1, PeriodType.ABSOLUTE), null);
        CouponOption soldOut = new CouponOption(14, GENT, "Op", split, null, null, 0);
        List<PastSale> usedOnce = List.of(
                new PastSale(eventId, TariffType.COUPON, 12, OffsetDateTime.parse("2026-03-01T10:00:00+01:00")),
                new PastSale(eventId, TariffType.COUPON, 13, OffsetDateTime.parse("2026-03-01T10:00:00+01:00")));

        TariffCalculator.Answer answer = TariffCalculator.compute(new TariffCalculator.Facts(
                holder,
                event,
                new BigDecimal("10"),
                List.of(KEY),
                List.of(twoAYear, oncePerEvent, soldOut),
                new Usage(usedOnce),
                at("2026-06-02T10:00:00+02:00")));

        assertThat(answer.available())
                .extracting(Tariff::id, Tariff::type, Tariff::remaining)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SOCIALTARIFF-1", TariffType.SOCIALTARIFF, 1),
                        org.assertj.core.groups.Tuple.tuple("COUPON12", TariffType.COUPON, 1));
        assertThat(answer.couponsUsedUp()).containsExactlyInAnyOrder(13, 14);
        assertThat(answer.notices())
                .containsExactlyInAnyOrder(
                        Notice.of("tariff.coupon.limitReached.ABSOLUTE", "Eén keer per activiteit", 1),
                        Notice.of("tariff.coupon.soldOut", "Op"));
    }
}

package be.openpas.ticketing.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.shared.refusal.Outcome;
import be.openpas.shared.refusal.Refusal;
import be.openpas.ticketing.InvalidCoupon;
import be.openpas.ticketing.InvalidDistributionKey;
import be.openpas.ticketing.InvalidNumberOfTickets;
import be.openpas.ticketing.MaximumReached;
import be.openpas.ticketing.Notice;
import be.openpas.ticketing.SocialTariffDiscountExpired;
import be.openpas.ticketing.SocialTariffExpired;
import be.openpas.ticketing.SocialTariffSuspended;
import be.openpas.ticketing.Tariff;
import be.openpas.ticketing.TariffId;
import be.openpas.ticketing.TariffType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which tariff a sale gets for the id it names, or the most specific refusal (domain.md 3.4). */
class TariffChoiceTests {

    final UUID eventId = UUID.randomUUID();
    final Tariff social = new Tariff(
            "SOCIALTARIFF-3", "Kansentarief", new BigDecimal("2.40"), TariffType.SOCIALTARIFF, 1, 5, 3, null, null);
    final Tariff coupon =
            new Tariff("COUPON12", "Cultuurbon", new BigDecimal("5.00"), TariffType.COUPON, 2, 5, null, 12, null);
    final Notice monthlyLimit = Notice.of("tariff.socialTariff.limitReached.MONTH", 1);

    static TariffCalculator.Answer offering(Tariff... tariffs) {
        return new TariffCalculator.Answer(List.of(tariffs), List.of(), null, false, Set.of());
    }

    Refusal refusal(TariffId requested, TariffCalculator.Answer answer, PastSale... earlier) {
        Outcome<Tariff> outcome = TariffChoice.choose(requested, eventId, answer, List.of(earlier));
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<Tariff>) outcome).refusal();
    }

    PastSale earlierSocialSale() {
        return new PastSale(eventId, TariffType.SOCIALTARIFF, null, OffsetDateTime.now());
    }

    @Test
    void theSocialTariffOnOfferWithOrWithoutItsKey() {
        assertThat(TariffChoice.choose(new TariffId.SocialTariff(null), eventId, offering(social, coupon), List.of()))
                .isEqualTo(Outcome.done(social));
        assertThat(TariffChoice.choose(TariffId.socialTariff(3), eventId, offering(social), List.of()))
                .isEqualTo(Outcome.done(social));
    }

    @Test
    void theSocialTariffOfAnotherKeyIsSocialTariffDiscountExpired() {
        assertThat(refusal(TariffId.socialTariff(999), offering(social)))
                .isEqualTo(new SocialTariffDiscountExpired("SOCIALTARIFF-999", "SOCIALTARIFF-3"));
    }

    @Test
    void aReachedLimitIsMaximumReachedWithItsNotice() {
        var answer = new TariffCalculator.Answer(List.of(), List.of(monthlyLimit), null, true, Set.of());

        assertThat(refusal(new TariffId.SocialTariff(null), answer))
                .isEqualTo(new MaximumReached(TariffType.SOCIALTARIFF, monthlyLimit));
    }

    @Test
    void aLimitUsedUpByEarlierItemsOfTheSameRequestIsInvalidNumberOfTickets() {
        var answer = new TariffCalculator.Answer(List.of(), List.of(monthlyLimit), null, true, Set.of());

        assertThat(refusal(new TariffId.SocialTariff(null), answer, earlierSocialSale()))
                .isEqualTo(new InvalidNumberOfTickets(TariffType.SOCIALTARIFF));
    }

    @Test
    void anExpiredOrSuspendedKansenstatuutSaysSo() {
        var expired =
                new TariffCalculator.Answer(List.of(), List.of(), SocialTariffRule.Reason.EXPIRED, false, Set.of());
        var suspended =
                new TariffCalculator.Answer(List.of(), List.of(), SocialTariffRule.Reason.SUSPENDED, false, Set.of());

        assertThat(refusal(new TariffId.SocialTariff(null), expired)).isEqualTo(new SocialTariffExpired());
        assertThat(refusal(new TariffId.SocialTariff(null), suspended)).isEqualTo(new SocialTariffSuspended());
    }

    @Test
    void noKeyForTheHolderIsInvalidDistributionKeyWithTheReason() {
        Notice otherRegion = Notice.of("tariff.socialTariff.OTHER_REGION");
        var answer = new TariffCalculator.Answer(
                List.of(), List.of(otherRegion), SocialTariffRule.Reason.OTHER_REGION, false, Set.of());

        assertThat(refusal(new TariffId.SocialTariff(null), answer)).isEqualTo(new InvalidDistributionKey(otherRegion));
        assertThat(refusal(new TariffId.SocialTariff(null), offering()))
                .as("a holder without kansenstatuut: nothing to explain")
                .isEqualTo(new InvalidDistributionKey(null));
    }

    @Test
    void aCouponOnOfferUsedUpOrNotApplying() {
        Notice soldOut = Notice.of("tariff.coupon.soldOut", "Cultuurbon");
        var usedUp = new TariffCalculator.Answer(List.of(), List.of(soldOut), null, false, Set.of(12));

        assertThat(TariffChoice.choose(TariffId.coupon(12), eventId, offering(social, coupon), List.of()))
                .isEqualTo(Outcome.done(coupon));
        assertThat(refusal(TariffId.coupon(12), usedUp)).isEqualTo(new MaximumReached(TariffType.COUPON, soldOut));
        assertThat(refusal(TariffId.coupon(13), offering(social, coupon))).isEqualTo(new InvalidCoupon(13));
    }
}

package be.openpas.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tariff ids clients send: SOCIALTARIFF, SOCIALTARIFF-key, COUPONid in UiTPAS' notations (domain.md 2.9). */
class TariffIdTests {

    @Test
    void readsTheSocialTariffWithOrWithoutAKey() {
        assertThat(TariffId.parse("SOCIALTARIFF")).contains(new TariffId.SocialTariff(null));
        assertThat(TariffId.parse("SOCIALTARIFF-12")).contains(new TariffId.SocialTariff(12));
        assertThat(TariffId.parse(" socialtariff-12 ")).contains(new TariffId.SocialTariff(12));
    }

    @Test
    void readsCouponsWithOrWithoutASeparator() {
        assertThat(TariffId.parse("COUPON1234")).contains(new TariffId.Coupon(1234));
        assertThat(TariffId.parse("COUPON-1234")).contains(new TariffId.Coupon(1234));
        assertThat(TariffId.parse("coupon_1079")).contains(new TariffId.Coupon(1079));
    }

    @Test
    void refusesAnythingElse() {
        assertThat(TariffId.parse(null)).isEmpty();
        assertThat(TariffId.parse("")).isEmpty();
        assertThat(TariffId.parse("FREEBIE")).isEmpty();
        assertThat(TariffId.parse("REWARD1234"))
                .as("a reward tariff is not sold here")
                .isEmpty();
        assertThat(TariffId.parse("SOCIALTARIFF-")).isEmpty();
        assertThat(TariffId.parse("SOCIALTARIFF12")).isEmpty();
        assertThat(TariffId.parse("SOCIALTARIFF-1-2")).isEmpty();
        assertThat(TariffId.parse("COUPON")).isEmpty();
        assertThat(TariffId.parse("COUPON--1")).isEmpty();
        assertThat(TariffId.parse("COUPON-x1")).isEmpty();
        assertThat(TariffId.parse("COUPON1234567890"))
                .as("more than nine digits")
                .isEmpty();
        assertThat(TariffId.parse("COUPON١٢")).as("only ASCII digits").isEmpty();
    }

    @Test
    void writesTheIdAsTariffsAnswerIt() {
        assertThat(TariffId.socialTariff(3).value()).isEqualTo("SOCIALTARIFF-3");
        assertThat(new TariffId.SocialTariff(null).value()).isEqualTo("SOCIALTARIFF");
        assertThat(TariffId.coupon(12).value()).isEqualTo("COUPON12");
        assertThat(TariffId.parse("coupon-12").orElseThrow().value()).isEqualTo("COUPON12");
    }

    @Test
    void aSocialTariffWithoutKeyNamesNoOtherKey() {
        assertThat(new TariffId.SocialTariff(null).namesAnotherKeyThan(3)).isFalse();
        assertThat(new TariffId.SocialTariff(3).namesAnotherKeyThan(3)).isFalse();
        assertThat(new TariffId.SocialTariff(4).namesAnotherKeyThan(3)).isTrue();
    }
}

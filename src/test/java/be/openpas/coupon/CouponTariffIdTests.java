package be.openpas.coupon;

import static be.openpas.coupon.TestCoupons.aCoupon;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A coupon is a tariff of type COUPON at the counter (domain.md 2.9: ids like {@code COUPON1234}). */
class CouponTariffIdTests {

    @Test
    void aCouponsTariffIdIsCouponAndItsId() {
        assertThat(aCoupon().id(12).build().tariffId()).isEqualTo("COUPON12");
    }

    @Test
    void readsTheCouponIdBackFromATariffId() {
        assertThat(Coupon.idOfTariff("COUPON12")).contains(12);
        assertThat(Coupon.idOfTariff("COUPON100004")).contains(100_004);
        assertThat(Coupon.idOfTariff("SOCIALTARIFF")).isEmpty();
        assertThat(Coupon.idOfTariff("COUPON")).isEmpty();
        assertThat(Coupon.idOfTariff("COUPON_1079")).isEmpty();
        assertThat(Coupon.idOfTariff("COUPON-3")).isEmpty();
        assertThat(Coupon.idOfTariff("COUPON99999999999")).isEmpty();
        assertThat(Coupon.idOfTariff(null)).isEmpty();
    }
}

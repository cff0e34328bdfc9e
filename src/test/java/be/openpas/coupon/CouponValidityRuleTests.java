package be.openpas.coupon;

import static be.openpas.coupon.TestCoupons.aCoupon;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a coupon can be used (domain.md 2.10: validFrom, validTo; deleted coupons are void). */
class CouponValidityRuleTests {

    @Test
    void couponIsValidFromItsFirstToItsLastDayInclusive() {
        Coupon coupon = aCoupon().valid("2027-01-01", "2027-06-30").build();
        assertThat(coupon.validOn(LocalDate.parse("2027-01-01"))).isTrue();
        assertThat(coupon.validOn(LocalDate.parse("2027-03-15"))).isTrue();
        assertThat(coupon.validOn(LocalDate.parse("2027-06-30"))).isTrue();
        assertThat(coupon.validOn(LocalDate.parse("2026-12-31"))).isFalse();
        assertThat(coupon.validOn(LocalDate.parse("2027-07-01"))).isFalse();
    }

    @Test
    void aOneDayCouponIsValidOnThatDayOnly() {
        Coupon coupon = aCoupon().valid("2027-05-01", "2027-05-01").build();
        assertThat(coupon.validOn(LocalDate.parse("2027-05-01"))).isTrue();
        assertThat(coupon.validOn(LocalDate.parse("2027-05-02"))).isFalse();
    }

    @Test
    void deletedCouponIsValidOnNoDay() {
        Coupon coupon = aCoupon()
                .valid("2027-01-01", "2027-12-31")
                .status(CouponStatus.DELETED)
                .build();
        assertThat(coupon.validOn(LocalDate.parse("2027-03-15"))).isFalse();
    }

    @Test
    void stoppedCouponStaysValidForTheHoldersItStillTargets() {
        Coupon coupon = aCoupon()
                .valid("2027-01-01", "2027-12-31")
                .stoppedAt("2027-02-01T10:00:00+01:00")
                .build();
        assertThat(coupon.validOn(LocalDate.parse("2027-03-15"))).isTrue();
    }
}

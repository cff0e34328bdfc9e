package be.openpas.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What the passholder pays with a coupon (domain.md 3.1 rule 10: scale 2, never below 0 or above the price). */
class CouponPriceRuleTests {

    @Test
    void discountCouponNeverMakesThePriceNegative() {
        CouponValue fiveOff = CouponValue.discount("5");
        assertThat(fiveOff.priceFor(new BigDecimal("12.50"))).isEqualByComparingTo("7.50");
        assertThat(fiveOff.priceFor(new BigDecimal("5"))).isEqualByComparingTo("0.00");
        assertThat(fiveOff.priceFor(new BigDecimal("3.20"))).isEqualByComparingTo("0.00");
    }

    @Test
    void fixedPriceCouponNeverCostsMoreThanTheRegularPrice() {
        CouponValue sixEuro = CouponValue.fixedPrice("6");
        assertThat(sixEuro.priceFor(new BigDecimal("18"))).isEqualByComparingTo("6.00");
        assertThat(sixEuro.priceFor(new BigDecimal("4.00"))).isEqualByComparingTo("4.00");
        assertThat(CouponValue.fixedPrice("0").priceFor(new BigDecimal("9"))).isEqualByComparingTo("0.00");
    }

    @Test
    void couponPricesAreInEuroWithTwoDecimals() {
        assertThat(CouponValue.discount("5").priceFor(new BigDecimal("12")).toPlainString())
                .isEqualTo("7.00");
        assertThat(CouponValue.fixedPrice("1.5").priceFor(new BigDecimal("20")).toPlainString())
                .isEqualTo("1.50");
        assertThat(TestCoupons.aCoupon()
                        .worth(CouponValue.discount("2.5"))
                        .build()
                        .priceFor(new BigDecimal("10"))
                        .toPlainString())
                .isEqualTo("7.50");
    }
}

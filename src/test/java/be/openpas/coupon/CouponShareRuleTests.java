package be.openpas.coupon;

import static be.openpas.coupon.TestCoupons.aCoupon;
import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.distribution.Payer;
import be.openpas.distribution.PayerAmount;
import be.openpas.distribution.PriceSplit;
import be.openpas.distribution.Share;
import be.openpas.distribution.ShareKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Who pays the discount of a coupon sale (domain.md 3.5: a coupon has its own distribution key). */
class CouponShareRuleTests {

    static PriceSplit sale(Coupon coupon, String regularPrice) {
        BigDecimal regular = new BigDecimal(regularPrice);
        return PriceSplit.of(regular, coupon.shares(coupon.priceFor(regular)), "Hasselt");
    }

    @Test
    void couponSharesSplitTheDiscountOverItsPayersToTheCent() {
        Coupon coupon = aCoupon()
                .worth(CouponValue.discount("3.33"))
                .paidBy(
                        DiscountShare.of(Payer.MUNICIPALITY, "33.33"),
                        DiscountShare.of(Payer.ORGANIZER, "33.33"),
                        DiscountShare.funder("Provincie Limburg", "33.34"))
                .build();
        PriceSplit split = sale(coupon, "10.00");
        assertThat(split.amounts())
                .extracting(
                        PayerAmount::payer, PayerAmount::name, a -> a.amount().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Payer.PASSHOLDER, null, "6.67"),
                        org.assertj.core.groups.Tuple.tuple(Payer.MUNICIPALITY, "Hasselt", "1.11"),
                        org.assertj.core.groups.Tuple.tuple(Payer.ORGANIZER, null, "1.11"),
                        org.assertj.core.groups.Tuple.tuple(Payer.FUNDER, "Provincie Limburg", "1.11"));
        assertThat(split.passholderPrice()).isEqualByComparingTo("6.67");
        assertThat(split.discount()).isEqualByComparingTo("3.33");
        assertThat(split.amounts().stream().map(PayerAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("10.00");
    }

    @Test
    void withoutPayersTheMunicipalityPaysTheWholeDiscount() {
        Coupon coupon = aCoupon().worth(CouponValue.discount("5")).build();
        assertThat(coupon.shares(new BigDecimal("13")))
                .containsExactly(
                        new Share(Payer.PASSHOLDER, null, ShareKind.FIXED, new BigDecimal("13.00")),
                        new Share(Payer.MUNICIPALITY, null, ShareKind.PERCENT_OF_REMAINDER, new BigDecimal("100.00")));
        PriceSplit split = sale(coupon, "18");
        assertThat(split.passholderPrice()).isEqualByComparingTo("13.00");
        assertThat(split.amounts().get(1).amount()).isEqualByComparingTo("5.00");
    }

    @Test
    void aDiscountLargerThanThePriceLeavesTheWholePriceToThePayers() {
        Coupon coupon = aCoupon()
                .worth(CouponValue.discount("10"))
                .paidBy(DiscountShare.of(Payer.MUNICIPALITY, "50"), DiscountShare.of(Payer.ORGANIZER, "50"))
                .build();
        PriceSplit split = sale(coupon, "7.25");
        assertThat(split.passholderPrice()).isEqualByComparingTo("0.00");
        assertThat(split.amounts()).extracting(a -> a.amount().toPlainString()).containsExactly("0.00", "3.63", "3.62");
    }

    @Test
    void aFixedPriceAboveTheRegularPriceLeavesNoDiscountToPay() {
        Coupon coupon = aCoupon().worth(CouponValue.fixedPrice("6")).build();
        PriceSplit split = sale(coupon, "4");
        assertThat(split.passholderPrice()).isEqualByComparingTo("4.00");
        assertThat(split.discount()).isEqualByComparingTo("0.00");
    }
}

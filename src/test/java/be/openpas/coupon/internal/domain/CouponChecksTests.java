package be.openpas.coupon.internal.domain;

import static be.openpas.coupon.TestCoupons.aCoupon;
import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.coupon.CouponScope;
import be.openpas.coupon.CouponTarget;
import be.openpas.coupon.CouponValue;
import be.openpas.coupon.DiscountShare;
import be.openpas.distribution.Payer;
import be.openpas.shared.refusal.InvalidInput.Violation;
import be.openpas.shared.time.PeriodLimit;
import be.openpas.shared.time.PeriodType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What makes a coupon definition valid on its own (the facade adds the checks against stored data). */
class CouponChecksTests {

    static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void aCompleteCouponHasNoErrors() {
        assertThat(CouponChecks.check(aCoupon()
                        .targeting(CouponTarget.segment(List.of("3500", "3510"), 12, 25))
                        .in(new CouponScope(List.of(UUID.randomUUID()), List.of(), new BigDecimal("5"), null))
                        .totalUnits(500)
                        .paidBy(DiscountShare.of(Payer.MUNICIPALITY, "70"), DiscountShare.of(Payer.ORGANIZER, "30"))
                        .build()))
                .isEmpty();
    }

    @Test
    void validityEndsOnOrAfterItStarts() {
        assertThat(fields(CouponChecks.check(
                        aCoupon().valid("2027-06-01", "2027-05-31").build())))
                .containsExactly("validTo");
        assertThat(CouponChecks.check(
                        aCoupon().valid("2027-06-01", "2027-06-01").build()))
                .isEmpty();
    }

    @Test
    void amountsAreNotNegativeAndHaveAtMostTwoDecimals() {
        assertThat(fields(CouponChecks.check(
                        aCoupon().worth(CouponValue.discount("-1")).build())))
                .containsExactly("value.amount");
        assertThat(fields(CouponChecks.check(
                        aCoupon().worth(CouponValue.fixedPrice("1.505")).build())))
                .containsExactly("value.amount");
        assertThat(CouponChecks.check(
                        aCoupon().worth(CouponValue.fixedPrice("1.500")).build()))
                .isEmpty();
        assertThat(fields(CouponChecks.check(aCoupon()
                        .in(new CouponScope(List.of(), List.of(), new BigDecimal("-0.01"), null))
                        .build())))
                .containsExactly("scope.priceFrom");
    }

    @Test
    void priceFromIsBelowPriceBelow() {
        assertThat(fields(CouponChecks.check(aCoupon()
                        .in(new CouponScope(List.of(), List.of(), new BigDecimal("20"), new BigDecimal("20")))
                        .build())))
                .containsExactly("scope.priceBelow");
    }

    @Test
    void segmentNeedsPostalCodesOrAnAgeBound() {
        assertThat(fields(CouponChecks.check(aCoupon()
                        .targeting(CouponTarget.segment(List.of(), null, null))
                        .build())))
                .containsExactly("target");
        assertThat(fields(CouponChecks.check(aCoupon()
                        .targeting(CouponTarget.segment(List.of(), 30, 18))
                        .build())))
                .containsExactly("target.maxAge");
        assertThat(fields(CouponChecks.check(aCoupon()
                        .targeting(CouponTarget.segment(List.of("3500", "350", "3500"), null, null))
                        .build())))
                .containsExactly("target.postalCodes[1]", "target.postalCodes[2]");
    }

    @Test
    void onlySegmentsFilterByPostalCodeOrAge() {
        assertThat(fields(CouponChecks.check(aCoupon()
                        .targeting(new CouponTarget(CouponTarget.Kind.ALL, List.of("3500"), 18, null))
                        .build())))
                .containsExactly("target.postalCodes", "target.minAge");
    }

    @Test
    void discountPaidBySumsToExactlyHundredWithoutThePassholder() {
        assertThat(fields(CouponChecks.check(aCoupon()
                        .paidBy(DiscountShare.of(Payer.MUNICIPALITY, "60"), DiscountShare.of(Payer.ORGANIZER, "30"))
                        .build())))
                .containsExactly("discountPaidBy");
        assertThat(fields(CouponChecks.check(aCoupon()
                        .paidBy(DiscountShare.of(Payer.PASSHOLDER, "20"), DiscountShare.of(Payer.MUNICIPALITY, "80"))
                        .build())))
                .containsExactly("discountPaidBy[0].payer");
        assertThat(fields(CouponChecks.check(aCoupon()
                        .paidBy(DiscountShare.of(Payer.MUNICIPALITY, "50"), DiscountShare.of(Payer.MUNICIPALITY, "50"))
                        .build())))
                .containsExactly("discountPaidBy[1].payer");
        assertThat(fields(CouponChecks.check(aCoupon()
                        .paidBy(
                                DiscountShare.of(Payer.MUNICIPALITY, "99.995"),
                                DiscountShare.of(Payer.ORGANIZER, "0.005"))
                        .build())))
                .contains("discountPaidBy[0].percent", "discountPaidBy[1].percent");
    }

    @Test
    void funderSharesNameTheirFunderAndOnlyThey() {
        assertThat(fields(CouponChecks.check(aCoupon()
                        .paidBy(new DiscountShare(Payer.FUNDER, " ", new BigDecimal("100")))
                        .build())))
                .containsExactly("discountPaidBy[0].funder");
        assertThat(fields(CouponChecks.check(aCoupon()
                        .paidBy(new DiscountShare(Payer.ORGANIZER, "Provincie", new BigDecimal("100")))
                        .build())))
                .containsExactly("discountPaidBy[0].funder");
        assertThat(CouponChecks.check(aCoupon()
                        .paidBy(
                                DiscountShare.funder("Provincie Limburg", "50"),
                                DiscountShare.funder("Vlaamse overheid", "50"))
                        .build()))
                .isEmpty();
    }

    @Test
    void limitsAndTotalUnitsAreNotNegative() {
        assertThat(fields(CouponChecks.check(aCoupon()
                        .limits(new PeriodLimit(-1, PeriodType.YEAR), new PeriodLimit(1, null))
                        .totalUnits(-5)
                        .build())))
                .containsExactly("passholderLimit.volume", "eventLimit.periodType", "totalUnits");
        assertThat(CouponChecks.check(aCoupon().limits(null, null).build())).isEmpty();
    }

    @Test
    void scopeListsNameEveryOrganizerAndEventOnce() {
        UUID organizer = UUID.randomUUID();
        assertThat(fields(CouponChecks.check(aCoupon()
                        .in(CouponScope.organizers(List.of(organizer, organizer)))
                        .build())))
                .containsExactly("scope.organizerIds[1]");
    }
}

package be.openpas.coupon;

import static be.openpas.coupon.TestCoupons.aCoupon;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who a coupon is for (domain.md 2.10: all passholders, kansenstatuut holders, a segment, group passes; status). */
class CouponTargetRuleTests {

    static final OffsetDateTime LONG_AGO = OffsetDateTime.parse("2020-03-01T10:00:00+01:00");

    static HolderFacts individual(String postalCode, Integer age) {
        return new HolderFacts(false, false, postalCode, age, LONG_AGO);
    }

    static HolderFacts memberSince(String moment) {
        return new HolderFacts(false, false, "9000", 40, OffsetDateTime.parse(moment));
    }

    static final HolderFacts GROUP_PASS = new HolderFacts(true, false, "8400", null, LONG_AGO);
    static final HolderFacts KANSENSTATUUT = new HolderFacts(false, true, "9000", 40, LONG_AGO);

    @Test
    void activeCouponForAllTargetsEveryIndividualPassholder() {
        Coupon coupon = aCoupon().build();
        assertThat(coupon.targets(individual("9000", 40))).isTrue();
        assertThat(coupon.targets(individual(null, null))).isTrue();
    }

    @Test
    void stoppedCouponStillTargetsMembersFromBeforeTheStop() {
        Coupon coupon = aCoupon().stoppedAt("2027-03-01T12:00:00+01:00").build();
        assertThat(coupon.targets(memberSince("2027-03-01T11:59:59+01:00"))).isTrue();
        assertThat(coupon.targets(memberSince("2026-01-15T09:00:00+01:00"))).isTrue();
    }

    @Test
    void stoppedCouponTargetsNoMembersWhoJoinedAtOrAfterTheStop() {
        Coupon coupon = aCoupon().stoppedAt("2027-03-01T12:00:00+01:00").build();
        assertThat(coupon.targets(memberSince("2027-03-01T12:00:00+01:00"))).isFalse();
        assertThat(coupon.targets(memberSince("2027-04-01T09:00:00+02:00"))).isFalse();
        assertThat(coupon.targets(new HolderFacts(false, false, "9000", 40, null)))
                .isFalse();
    }

    @Test
    void deletedCouponTargetsNobody() {
        Coupon deleted = aCoupon().status(CouponStatus.DELETED).build();
        assertThat(deleted.targets(individual("9000", 40))).isFalse();
        assertThat(deleted.targets(KANSENSTATUUT)).isFalse();
        Coupon deletedGroupCoupon = aCoupon()
                .targeting(CouponTarget.of(CouponTarget.Kind.GROUPPASSES))
                .status(CouponStatus.DELETED)
                .build();
        assertThat(deletedGroupCoupon.targets(GROUP_PASS)).isFalse();
    }

    @Test
    void socialTariffCouponTargetsOnlyKansenstatuutHolders() {
        Coupon coupon = aCoupon()
                .targeting(CouponTarget.of(CouponTarget.Kind.SOCIAL_TARIFF))
                .build();
        assertThat(coupon.targets(KANSENSTATUUT)).isTrue();
        assertThat(coupon.targets(individual("9000", 40))).isFalse();
        assertThat(coupon.targets(new HolderFacts(true, true, "9000", null, LONG_AGO)))
                .isFalse();
    }

    @Test
    void segmentCouponTargetsOnlyItsPostalCodesAndAges() {
        Coupon hasseltYouth = aCoupon()
                .targeting(CouponTarget.segment(List.of("3500", "3510"), 12, 25))
                .build();
        assertThat(hasseltYouth.targets(individual("3500", 12))).isTrue();
        assertThat(hasseltYouth.targets(individual("3510", 25))).isTrue();
        assertThat(hasseltYouth.targets(individual(" 3500 ", 18))).isTrue();
        assertThat(hasseltYouth.targets(individual("3520", 18))).as("Zonhoven").isFalse();
        assertThat(hasseltYouth.targets(individual("3500", 11))).isFalse();
        assertThat(hasseltYouth.targets(individual("3500", 26))).isFalse();
        assertThat(hasseltYouth.targets(individual("3500", null)))
                .as("age unknown")
                .isFalse();
        assertThat(hasseltYouth.targets(individual(null, 18)))
                .as("address unknown")
                .isFalse();
    }

    @Test
    void segmentWithoutPostalCodesTargetsEveryPostalCodeInItsAges() {
        Coupon seniors =
                aCoupon().targeting(CouponTarget.segment(List.of(), 65, null)).build();
        assertThat(seniors.targets(individual("9000", 65))).isTrue();
        assertThat(seniors.targets(individual(null, 90))).isTrue();
        assertThat(seniors.targets(individual("9000", 64))).isFalse();
        Coupon inhabitants = aCoupon()
                .targeting(CouponTarget.segment(List.of("3500"), null, null))
                .build();
        assertThat(inhabitants.targets(individual("3500", null))).isTrue();
    }

    @Test
    void groupPassCouponTargetsOnlyGroupPasses() {
        Coupon groupCoupon = aCoupon()
                .targeting(CouponTarget.of(CouponTarget.Kind.GROUPPASSES))
                .build();
        assertThat(groupCoupon.targets(GROUP_PASS)).isTrue();
        assertThat(groupCoupon.targets(individual("8400", 30))).isFalse();
        assertThat(groupCoupon.targets(KANSENSTATUUT)).isFalse();
    }

    @Test
    void individualCouponsNeverTargetGroupPasses() {
        assertThat(aCoupon().build().targets(GROUP_PASS)).isFalse();
        assertThat(aCoupon()
                        .targeting(CouponTarget.segment(List.of("8400"), null, null))
                        .build()
                        .targets(GROUP_PASS))
                .isFalse();
    }
}

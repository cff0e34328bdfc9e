package be.openpas.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The life of a coupon (V3D coupon.md): active → stopped → deleted, never back. */
class CouponStatusRuleTests {

    @Test
    void statusOnlyMovesForward() {
        assertThat(CouponStatus.ACTIVE.canBecome(CouponStatus.STOPPED)).isTrue();
        assertThat(CouponStatus.ACTIVE.canBecome(CouponStatus.DELETED)).isTrue();
        assertThat(CouponStatus.STOPPED.canBecome(CouponStatus.DELETED)).isTrue();
        assertThat(CouponStatus.STOPPED.canBecome(CouponStatus.ACTIVE)).isFalse();
        assertThat(CouponStatus.DELETED.canBecome(CouponStatus.ACTIVE)).isFalse();
        assertThat(CouponStatus.DELETED.canBecome(CouponStatus.STOPPED)).isFalse();
    }

    @Test
    void stayingInTheSameStatusIsAllowed() {
        for (CouponStatus status : CouponStatus.values()) {
            assertThat(status.canBecome(status)).isTrue();
        }
    }
}

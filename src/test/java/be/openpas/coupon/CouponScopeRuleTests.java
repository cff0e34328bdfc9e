package be.openpas.coupon;

import static be.openpas.coupon.TestCoupons.aCoupon;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where a coupon may be used (domain.md 3.5: conditions on organizer, event and price). */
class CouponScopeRuleTests {

    static final UUID POOL = UUID.randomUUID();
    static final UUID SPORTS = UUID.randomUUID();
    static final UUID THEATRE = UUID.randomUUID();
    static final UUID AQUAJOGGING = UUID.randomUUID();
    static final UUID FREE_SWIMMING = UUID.randomUUID();
    static final UUID CONCERT = UUID.randomUUID();

    static BigDecimal euro(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void emptyScopeAppliesToEveryEventOfTheCardSystem() {
        Coupon coupon = aCoupon().build();
        assertThat(coupon.appliesTo(CONCERT, THEATRE, euro("18"))).isTrue();
        assertThat(coupon.appliesTo(AQUAJOGGING, POOL, euro("0.50"))).isTrue();
    }

    @Test
    void organizerScopeAppliesOnlyToThoseOrganizersEvents() {
        Coupon sports =
                aCoupon().in(CouponScope.organizers(List.of(POOL, SPORTS))).build();
        assertThat(sports.appliesTo(AQUAJOGGING, POOL, euro("30"))).isTrue();
        assertThat(sports.appliesTo(UUID.randomUUID(), SPORTS, euro("30"))).isTrue();
        assertThat(sports.appliesTo(CONCERT, THEATRE, euro("30"))).isFalse();
    }

    @Test
    void eventScopeAppliesOnlyToThoseEvents() {
        Coupon aquajogging =
                aCoupon().in(CouponScope.events(List.of(AQUAJOGGING))).build();
        assertThat(aquajogging.appliesTo(AQUAJOGGING, POOL, euro("30"))).isTrue();
        assertThat(aquajogging.appliesTo(FREE_SWIMMING, POOL, euro("3.20"))).isFalse();
    }

    @Test
    void organizerEventAndPriceConditionsMustAllHold() {
        Coupon coupon = aCoupon()
                .in(new CouponScope(List.of(POOL), List.of(AQUAJOGGING, CONCERT), euro("20"), null))
                .build();
        assertThat(coupon.appliesTo(AQUAJOGGING, POOL, euro("30"))).isTrue();
        assertThat(coupon.appliesTo(CONCERT, THEATRE, euro("30")))
                .as("other organizer")
                .isFalse();
        assertThat(coupon.appliesTo(FREE_SWIMMING, POOL, euro("30")))
                .as("other event")
                .isFalse();
        assertThat(coupon.appliesTo(AQUAJOGGING, POOL, euro("19.99")))
                .as("too cheap")
                .isFalse();
    }

    @Test
    void priceRangeIncludesPriceFromAndExcludesPriceBelow() {
        Coupon coupon = aCoupon()
                .in(new CouponScope(List.of(), List.of(), euro("5.00"), euro("20.00")))
                .build();
        assertThat(coupon.appliesTo(CONCERT, THEATRE, euro("5"))).isTrue();
        assertThat(coupon.appliesTo(CONCERT, THEATRE, euro("19.99"))).isTrue();
        assertThat(coupon.appliesTo(CONCERT, THEATRE, euro("20.00"))).isFalse();
        assertThat(coupon.appliesTo(CONCERT, THEATRE, euro("4.99"))).isFalse();
    }
}

package be.openpas.ticketing;

import be.openpas.shared.refusal.Refusal;

/** {@code invalid-coupon}: the coupon does not apply to this holder, event and price (or does not exist). */
public record InvalidCoupon(int couponId) implements Refusal {

    @Override
    public String slug() {
        return "invalid-coupon";
    }
}

package be.openpas.coupon;

import be.openpas.shared.refusal.Refusal;

/** No coupon has this id (administration; openpas' {@code not-found}, as the contract has no type for it). */
public record CouponNotFound(int couponId) implements Refusal {

    @Override
    public String slug() {
        return "not-found";
    }
}

package be.openpas.ticketing.internal.domain;

import be.openpas.distribution.PriceSplit;
import be.openpas.shared.time.PeriodLimit;

/**
 * A coupon that targets the holder and applies to the event and price, with what limits it: uses per passholder
 * across events, uses per event, and units left in total ({@code null}: unlimited).
 */
public record CouponOption(
        int couponId,
        int cardSystemId,
        String name,
        PriceSplit split,
        PeriodLimit passholderLimit,
        PeriodLimit eventLimit,
        Integer unitsLeft) {}

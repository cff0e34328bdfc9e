package be.openpas.coupon;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a coupon is worth: a fixed price the passholder pays ("Cultuurbon: 6 euro"), or an amount off the regular
 * price ("€5 korting").
 */
public record CouponValue(
        @NotNull Kind kind,

        @NotNull @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2)
        BigDecimal amount) {

    public enum Kind {
        /** The passholder pays {@code amount} (never more than the regular price). */
        FIXED_PRICE,
        /** The passholder pays the regular price minus {@code amount} (never less than 0). */
        DISCOUNT
    }

    public static CouponValue fixedPrice(String amount) {
        return new CouponValue(Kind.FIXED_PRICE, new BigDecimal(amount));
    }

    public static CouponValue discount(String amount) {
        return new CouponValue(Kind.DISCOUNT, new BigDecimal(amount));
    }

    /**
     * What the passholder pays with this coupon for a ticket at {@code regularPrice}, in euro at scale 2: a fixed
     * price is capped at the regular price, and a discount never makes the price negative.
     */
    public BigDecimal priceFor(BigDecimal regularPrice) {
        BigDecimal regular = regularPrice.setScale(2, RoundingMode.HALF_UP);
        BigDecimal value = amount.setScale(2, RoundingMode.HALF_UP);
        BigDecimal price = switch (kind) {
            case FIXED_PRICE -> value.min(regular);
            case DISCOUNT -> regular.subtract(value).max(BigDecimal.ZERO);
        };
        return price.setScale(2, RoundingMode.HALF_UP);
    }
}

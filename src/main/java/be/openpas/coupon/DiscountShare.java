package be.openpas.coupon;

import be.openpas.distribution.Payer;
import be.openpas.distribution.PayerShare;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Part of who pays the discount of a coupon sale (the coupon's own distribution key, domain.md 3.5): a percentage of
 * the discount (regular price minus coupon price). The passholder never pays the discount; {@code funder} names the
 * funder of a FUNDER share ("Provincie Limburg").
 */
public record DiscountShare(
        @NotNull Payer payer,
        @Size(max = 200) String funder,

        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal percent)
        implements PayerShare {

    public static DiscountShare of(Payer payer, String percent) {
        return new DiscountShare(payer, null, new BigDecimal(percent));
    }

    public static DiscountShare funder(String funder, String percent) {
        return new DiscountShare(Payer.FUNDER, funder, new BigDecimal(percent));
    }
}

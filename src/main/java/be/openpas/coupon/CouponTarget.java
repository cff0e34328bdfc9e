package be.openpas.coupon;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Who may use a coupon (domain.md 2.10: "all MIAs of the system, all passholders, or a segment").
 *
 * @param postalCodes SEGMENT only: the postal codes of the passholders' addresses; empty: any postal code
 * @param minAge SEGMENT only: the lowest age, inclusive; {@code null}: no lower bound
 * @param maxAge SEGMENT only: the highest age, inclusive; {@code null}: no upper bound
 */
public record CouponTarget(
        @NotNull Kind kind,

        @Size(max = 500)
        List<@NotNull @Pattern(regexp = "[0-9]{4}", message = "must be a Belgian postal code (4 digits)") String>
                postalCodes,

        @Min(0) @Max(150) Integer minAge,
        @Min(0) @Max(150) Integer maxAge) {

    public enum Kind {
        /** Every individual passholder of the card system. */
        ALL,
        /** Individual passholders entitled to the social tariff (kansenstatuut) in the coupon's card system. */
        SOCIAL_TARIFF,
        /** Individual passholders living in one of the postal codes and of an age in the range. */
        SEGMENT,
        /** Group passes only (v3 "groepscoupon"). */
        GROUPPASSES
    }

    public static final CouponTarget EVERYONE = new CouponTarget(Kind.ALL, List.of(), null, null);

    public CouponTarget {
        postalCodes = postalCodes == null ? List.of() : List.copyOf(postalCodes);
    }

    public static CouponTarget of(Kind kind) {
        return new CouponTarget(kind, List.of(), null, null);
    }

    public static CouponTarget segment(List<String> postalCodes, Integer minAge, Integer maxAge) {
        return new CouponTarget(Kind.SEGMENT, postalCodes, minAge, maxAge);
    }
}

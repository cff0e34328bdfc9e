package be.openpas.coupon;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Where a coupon may be used (domain.md 3.5: "conditions: organizer, event, price"). The conditions are combined: a
 * ticket must be sold by one of the organizers <em>and</em> for one of the events <em>and</em> in the price range.
 *
 * @param organizerIds the organizers whose events qualify; empty: every organizer of the coupon's card system
 * @param eventIds the events that qualify; empty: every event of the coupon's card system
 * @param priceFrom the lowest regular price, inclusive; {@code null}: no lower bound
 * @param priceBelow the regular price must be below this one (exclusive); {@code null}: no upper bound
 */
public record CouponScope(
        @Size(max = 1000) List<@NotNull UUID> organizerIds,
        @Size(max = 1000) List<@NotNull UUID> eventIds,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal priceFrom,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal priceBelow) {

    /** Every event of every organizer of the card system, at any price. */
    public static final CouponScope EVERYWHERE = new CouponScope(List.of(), List.of(), null, null);

    public CouponScope {
        organizerIds = organizerIds == null ? List.of() : List.copyOf(organizerIds);
        eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
    }

    public static CouponScope organizers(List<UUID> organizerIds) {
        return new CouponScope(organizerIds, List.of(), null, null);
    }

    public static CouponScope events(List<UUID> eventIds) {
        return new CouponScope(List.of(), eventIds, null, null);
    }
}

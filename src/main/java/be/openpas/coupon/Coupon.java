package be.openpas.coupon;

import be.openpas.distribution.Payer;
import be.openpas.distribution.Share;
import be.openpas.distribution.ShareKind;
import be.openpas.shared.time.PeriodLimit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A coupon of a card system (domain.md 2.10, 3.5): a discount or fixed price for the passholders it targets, on the
 * events in its scope, within its validity period and usage limits. At the counter a coupon is a tariff of type
 * COUPON ({@link #tariffId()}); it is never applied automatically, the passholder chooses it.
 *
 * <p>The rules here are pure: {@link #validOn}, {@link #targets}, {@link #appliesTo}, {@link #priceFor} and
 * {@link #shares}. Usage limits are counted by the caller from its ticket sales.
 *
 * @param id chosen by the administrator (import) or generated
 * @param cardSystemId the card system that grants the coupon (and whose membership and kansenstatuut count)
 * @param validFrom first day the coupon can be used (inclusive, Belgian local time)
 * @param validTo last day the coupon can be used (inclusive)
 * @param target who may use it; {@code null} on input: every individual passholder
 * @param scope where it may be used; {@code null} on input: every event of the card system
 * @param passholderLimit uses per passholder across all events per calendar period (v3 exchangeConstraint);
 *     {@code null}: no limit
 * @param eventLimit uses per passholder per event per calendar period (v3 buyConstraint); {@code null}: no limit
 * @param totalUnits uses over all passholders together; {@code null}: no limit
 * @param status {@code null} on input: ACTIVE for a new coupon, unchanged for an existing one
 * @param stoppedAt when the coupon was stopped (STOPPED and DELETED after STOPPED); passholders who became members
 *     of the card system before this moment keep the coupon
 * @param discountPaidBy who pays the discount, percentages adding up to 100; empty on input: the passholder's
 *     municipality pays it all
 */
public record Coupon(
        Integer id,
        int cardSystemId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotNull @Valid CouponValue value,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validTo,
        @Valid CouponTarget target,
        @Valid CouponScope scope,
        @Valid PeriodLimit passholderLimit,
        @Valid PeriodLimit eventLimit,
        @Min(0) @Max(10_000_000) Integer totalUnits,
        CouponStatus status,
        OffsetDateTime stoppedAt,
        @Size(max = 10) List<@Valid @NotNull DiscountShare> discountPaidBy) {

    /** Tariff ids of coupons are this prefix and the coupon id ({@code COUPON12}). */
    public static final String TARIFF_PREFIX = "COUPON";

    /** Who pays the discount when a coupon does not say: the passholder's municipality. */
    public static final List<DiscountShare> DEFAULT_DISCOUNT_PAID_BY =
            List.of(new DiscountShare(Payer.MUNICIPALITY, null, new BigDecimal("100.00")));

    public Coupon {
        target = target == null ? CouponTarget.EVERYONE : target;
        scope = scope == null ? CouponScope.EVERYWHERE : scope;
        discountPaidBy = discountPaidBy == null ? List.of() : List.copyOf(discountPaidBy);
    }

    /** The id of the COUPON tariff for this coupon at the counter ({@code GET /tariffs}, {@code POST /ticket-sales}). */
    public String tariffId() {
        return TARIFF_PREFIX + id;
    }

    /** The coupon id in a tariff id such as {@code COUPON12}; empty for other tariffs. */
    public static Optional<Integer> idOfTariff(String tariffId) {
        if (tariffId == null
                || !tariffId.startsWith(TARIFF_PREFIX)
                || tariffId.length() == TARIFF_PREFIX.length()
                || tariffId.length() > TARIFF_PREFIX.length() + 9) {
            return Optional.empty();
        }
        String digits = tariffId.substring(TARIFF_PREFIX.length());
        return digits.chars().allMatch(c -> c >= '0' && c <= '9')
                ? Optional.of(Integer.parseInt(digits))
                : Optional.empty();
    }

    /** Whether the coupon can be used on this (Belgian) day: within its validity period and not deleted. */
    public boolean validOn(LocalDate day) {
        return status != CouponStatus.DELETED && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /**
     * Whether the coupon is meant for this passholder or group pass. A deleted coupon targets nobody; a stopped one
     * only holders whose membership of the card system started before it was stopped (existing coupons stay valid,
     * no new ones are granted). GROUPPASSES targets only group passes, every other kind only individual passholders.
     * The caller asks only about coupons of card systems the holder is a member of.
     */
    public boolean targets(HolderFacts facts) {
        if (status == CouponStatus.DELETED) {
            return false;
        }
        if (status == CouponStatus.STOPPED
                && (stoppedAt == null
                        || facts.memberSince() == null
                        || !facts.memberSince().isBefore(stoppedAt))) {
            return false;
        }
        return switch (target.kind()) {
            case GROUPPASSES -> facts.groupPass();
            case ALL -> !facts.groupPass();
            case SOCIAL_TARIFF -> !facts.groupPass() && facts.socialTariff();
            case SEGMENT -> !facts.groupPass() && inSegment(facts);
        };
    }

    private boolean inSegment(HolderFacts facts) {
        boolean postalCode = target.postalCodes().isEmpty()
                || (facts.postalCode() != null
                        && target.postalCodes().contains(facts.postalCode().trim()));
        boolean from = target.minAge() == null || (facts.age() != null && facts.age() >= target.minAge());
        boolean to = target.maxAge() == null || (facts.age() != null && facts.age() <= target.maxAge());
        return postalCode && from && to;
    }

    /**
     * Whether the coupon may be used for a ticket of this event, sold by this organizer, at this regular price: the
     * organizer and the event are in the scope (an empty list allows all) and the price is in the range
     * ({@code priceFrom} inclusive, {@code priceBelow} exclusive). The caller asks only about coupons of card systems
     * in which the event's organizer takes part.
     */
    public boolean appliesTo(UUID eventId, UUID organizerId, BigDecimal regularPrice) {
        return (scope.organizerIds().isEmpty() || scope.organizerIds().contains(organizerId))
                && (scope.eventIds().isEmpty() || scope.eventIds().contains(eventId))
                && (scope.priceFrom() == null || regularPrice.compareTo(scope.priceFrom()) >= 0)
                && (scope.priceBelow() == null || regularPrice.compareTo(scope.priceBelow()) < 0);
    }

    /** What the passholder pays with this coupon for a ticket at this regular price (see {@link CouponValue}). */
    public BigDecimal priceFor(BigDecimal regularPrice) {
        return value.priceFor(regularPrice);
    }

    /** Who pays the discount: {@link #discountPaidBy}, or {@link #DEFAULT_DISCOUNT_PAID_BY} when it is empty. */
    public List<DiscountShare> effectiveDiscountPaidBy() {
        return discountPaidBy.isEmpty() ? DEFAULT_DISCOUNT_PAID_BY : discountPaidBy;
    }

    /**
     * The distribution shares of a sale with this coupon: the passholder pays the coupon price (a FIXED share), and
     * the discount is the remainder, split over {@link #effectiveDiscountPaidBy()} (PERCENT_OF_REMAINDER shares). So
     * {@code PriceSplit.of(regularPrice, coupon.shares(coupon.priceFor(regularPrice)), municipality)} splits a coupon
     * sale to the cent.
     */
    public List<Share> shares(BigDecimal couponPrice) {
        List<Share> shares = new ArrayList<>();
        shares.add(new Share(Payer.PASSHOLDER, null, ShareKind.FIXED, couponPrice.setScale(2, RoundingMode.HALF_UP)));
        for (DiscountShare share : effectiveDiscountPaidBy()) {
            shares.add(new Share(share.payer(), share.funder(), ShareKind.PERCENT_OF_REMAINDER, share.percent()));
        }
        return List.copyOf(shares);
    }

    Coupon with(Integer newId, int newCardSystemId, CouponStatus newStatus, OffsetDateTime newStoppedAt) {
        return new Coupon(
                newId,
                newCardSystemId,
                name,
                description,
                value,
                validFrom,
                validTo,
                target,
                scope,
                passholderLimit,
                eventLimit,
                totalUnits,
                newStatus,
                newStoppedAt,
                discountPaidBy);
    }
}

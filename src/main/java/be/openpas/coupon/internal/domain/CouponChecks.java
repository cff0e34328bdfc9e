package be.openpas.coupon.internal.domain;

import be.openpas.coupon.Coupon;
import be.openpas.coupon.CouponScope;
import be.openpas.coupon.CouponTarget;
import be.openpas.coupon.DiscountShare;
import be.openpas.distribution.DistributionKeyRules;
import be.openpas.distribution.Payer;
import be.openpas.shared.refusal.InvalidInput.Violation;
import be.openpas.shared.refusal.Violations;
import be.openpas.shared.time.PeriodLimit;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a coupon definition must follow on its own (what needs stored data, such as existing organizers, is
 * checked by the facade). Every violation names the offending value by its property path in the coupon.
 */
public final class CouponChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CouponChecks() {}

    public static List<Violation> check(Coupon coupon) {
        Violations violations = new Violations();
        if (coupon.name() == null || coupon.name().isBlank()) {
            violations.add("name", "must not be blank");
        }
        if (coupon.value() == null || coupon.value().kind() == null) {
            violations.add("value.kind", "must not be null");
        }
        if (coupon.value() != null) {
            amount(coupon.value().amount(), "value.amount", true, violations);
        }
        if (coupon.validFrom() == null) {
            violations.add("validFrom", "must not be null");
        }
        if (coupon.validTo() == null) {
            violations.add("validTo", "must not be null");
        }
        if (coupon.validFrom() != null
                && coupon.validTo() != null
                && coupon.validTo().isBefore(coupon.validFrom())) {
            violations.add("validTo", "must not be before validFrom");
        }
        target(coupon.target(), violations);
        scope(coupon.scope(), violations);
        limit(coupon.passholderLimit(), "passholderLimit", violations);
        limit(coupon.eventLimit(), "eventLimit", violations);
        if (coupon.totalUnits() != null && coupon.totalUnits() < 0) {
            violations.add("totalUnits", "must not be negative");
        }
        discountPaidBy(coupon.discountPaidBy(), violations);
        return violations.list();
    }

    private static void target(CouponTarget target, Violations violations) {
        if (target.kind() == null) {
            violations.add("target.kind", "must not be null");
            return;
        }
        boolean ages = target.minAge() != null || target.maxAge() != null;
        if (target.kind() == CouponTarget.Kind.SEGMENT) {
            if (target.postalCodes().isEmpty() && !ages) {
                violations.add("target", "a SEGMENT target needs postal codes or an age bound");
            }
        } else {
            if (!target.postalCodes().isEmpty()) {
                violations.add("target.postalCodes", "only a SEGMENT target filters by postal code");
            }
            if (ages) {
                violations.add(
                        target.minAge() != null ? "target.minAge" : "target.maxAge",
                        "only a SEGMENT target filters by age");
            }
        }
        if (target.minAge() != null && target.minAge() < 0) {
            violations.add("target.minAge", "must not be negative");
        }
        if (target.minAge() != null && target.maxAge() != null && target.maxAge() < target.minAge()) {
            violations.add("target.maxAge", "must not be below minAge");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < target.postalCodes().size(); i++) {
            String postalCode = target.postalCodes().get(i);
            if (postalCode == null || !postalCode.matches("[0-9]{4}")) {
                violations.add("target.postalCodes[" + i + "]", "must be a Belgian postal code (4 digits)");
            } else if (!seen.add(postalCode)) {
                violations.add("target.postalCodes[" + i + "]", "is listed twice");
            }
        }
    }

    private static void scope(CouponScope scope, Violations violations) {
        amount(scope.priceFrom(), "scope.priceFrom", false, violations);
        amount(scope.priceBelow(), "scope.priceBelow", false, violations);
        if (scope.priceFrom() != null
                && scope.priceBelow() != null
                && scope.priceBelow().compareTo(scope.priceFrom()) <= 0) {
            violations.add("scope.priceBelow", "must be above priceFrom");
        }
        duplicates(scope.organizerIds(), "scope.organizerIds", violations);
        duplicates(scope.eventIds(), "scope.eventIds", violations);
    }

    private static void limit(PeriodLimit limit, String field, Violations violations) {
        if (limit == null) {
            return;
        }
        if (limit.volume() == null || limit.volume() < 0) {
            violations.add(field + ".volume", "must be 0 or more");
        }
        if (limit.periodType() == null) {
            violations.add(field + ".periodType", "must not be null");
        }
    }

    /**
     * The passholder never pays the discount; a FUNDER share names its funder (and only a funder share does); each
     * payer has one share; the percentages are above 0, have at most 2 decimals and add up to exactly 100.
     */
    private static void discountPaidBy(List<DiscountShare> shares, Violations violations) {
        Set<String> payers = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        for (int i = 0; i < shares.size(); i++) {
            DiscountShare share = shares.get(i);
            String at = "discountPaidBy[" + i + "]";
            if (share.payer() == null) {
                violations.add(at + ".payer", "must not be null");
                complete = false;
                continue;
            }
            if (share.payer() == Payer.PASSHOLDER) {
                violations.add(at + ".payer", "the passholder does not pay the discount of a coupon");
            }
            DistributionKeyRules.checkPayer(share, payers, at, violations);
            if (share.percent() == null) {
                violations.add(at + ".percent", "must not be null");
                complete = false;
            } else if (share.percent().signum() <= 0
                    || share.percent().compareTo(HUNDRED) > 0
                    || share.percent().stripTrailingZeros().scale() > 2) {
                violations.add(at + ".percent", "must be above 0 and at most 100, with at most 2 decimals");
            } else {
                total = total.add(share.percent());
            }
        }
        if (!shares.isEmpty() && complete && total.compareTo(HUNDRED) != 0) {
            violations.add("discountPaidBy", "the percentages must add up to exactly 100");
        }
    }

    private static void amount(BigDecimal amount, String field, boolean required, Violations violations) {
        if (amount == null) {
            if (required) {
                violations.add(field, "must not be null");
            }
            return;
        }
        if (amount.signum() < 0) {
            violations.add(field, "must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            violations.add(field, "must have at most 2 decimals");
        }
        if (amount.compareTo(BigDecimal.valueOf(100_000_000)) >= 0) {
            violations.add(field, "is too large");
        }
    }

    private static <T> void duplicates(List<T> values, String field, Violations violations) {
        Set<T> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                violations.add(field + "[" + i + "]", "is listed twice");
            }
        }
    }
}

package be.openpas.coupon.internal.domain;

import be.openpas.coupon.Coupon;
import be.openpas.coupon.CouponScope;
import be.openpas.coupon.CouponTarget;
import be.openpas.coupon.DiscountShare;
import be.openpas.distribution.Payer;
import be.openpas.shared.problem.SchemaError;
import be.openpas.shared.time.PeriodLimit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a coupon definition must follow on its own (what needs stored data, such as existing organizers, is
 * checked by the facade). Every error carries the JSON pointer of the offending value in the coupon.
 */
public final class CouponChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CouponChecks() {}

    public static List<SchemaError> check(Coupon coupon) {
        List<SchemaError> errors = new ArrayList<>();
        if (coupon.name() == null || coupon.name().isBlank()) {
            errors.add(new SchemaError("/name", "must not be blank"));
        }
        if (coupon.value() == null || coupon.value().kind() == null) {
            errors.add(new SchemaError("/value/kind", "must not be null"));
        }
        if (coupon.value() != null) {
            amount(coupon.value().amount(), "/value/amount", true, errors);
        }
        if (coupon.validFrom() == null) {
            errors.add(new SchemaError("/validFrom", "must not be null"));
        }
        if (coupon.validTo() == null) {
            errors.add(new SchemaError("/validTo", "must not be null"));
        }
        if (coupon.validFrom() != null
                && coupon.validTo() != null
                && coupon.validTo().isBefore(coupon.validFrom())) {
            errors.add(new SchemaError("/validTo", "must not be before validFrom"));
        }
        target(coupon.target(), errors);
        scope(coupon.scope(), errors);
        limit(coupon.passholderLimit(), "/passholderLimit", errors);
        limit(coupon.eventLimit(), "/eventLimit", errors);
        if (coupon.totalUnits() != null && coupon.totalUnits() < 0) {
            errors.add(new SchemaError("/totalUnits", "must not be negative"));
        }
        discountPaidBy(coupon.discountPaidBy(), errors);
        return errors;
    }

    private static void target(CouponTarget target, List<SchemaError> errors) {
        if (target.kind() == null) {
            errors.add(new SchemaError("/target/kind", "must not be null"));
            return;
        }
        boolean ages = target.minAge() != null || target.maxAge() != null;
        if (target.kind() == CouponTarget.Kind.SEGMENT) {
            if (target.postalCodes().isEmpty() && !ages) {
                errors.add(new SchemaError("/target", "a SEGMENT target needs postal codes or an age bound"));
            }
        } else {
            if (!target.postalCodes().isEmpty()) {
                errors.add(new SchemaError("/target/postalCodes", "only a SEGMENT target filters by postal code"));
            }
            if (ages) {
                errors.add(new SchemaError(
                        target.minAge() != null ? "/target/minAge" : "/target/maxAge",
                        "only a SEGMENT target filters by age"));
            }
        }
        if (target.minAge() != null && target.minAge() < 0) {
            errors.add(new SchemaError("/target/minAge", "must not be negative"));
        }
        if (target.minAge() != null && target.maxAge() != null && target.maxAge() < target.minAge()) {
            errors.add(new SchemaError("/target/maxAge", "must not be below minAge"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < target.postalCodes().size(); i++) {
            String postalCode = target.postalCodes().get(i);
            if (postalCode == null || !postalCode.matches("[0-9]{4}")) {
                errors.add(new SchemaError("/target/postalCodes/" + i, "must be a Belgian postal code (4 digits)"));
            } else if (!seen.add(postalCode)) {
                errors.add(new SchemaError("/target/postalCodes/" + i, "is listed twice"));
            }
        }
    }

    private static void scope(CouponScope scope, List<SchemaError> errors) {
        amount(scope.priceFrom(), "/scope/priceFrom", false, errors);
        amount(scope.priceBelow(), "/scope/priceBelow", false, errors);
        if (scope.priceFrom() != null
                && scope.priceBelow() != null
                && scope.priceBelow().compareTo(scope.priceFrom()) <= 0) {
            errors.add(new SchemaError("/scope/priceBelow", "must be above priceFrom"));
        }
        duplicates(scope.organizerIds(), "/scope/organizerIds", errors);
        duplicates(scope.eventIds(), "/scope/eventIds", errors);
    }

    private static void limit(PeriodLimit limit, String pointer, List<SchemaError> errors) {
        if (limit == null) {
            return;
        }
        if (limit.volume() == null || limit.volume() < 0) {
            errors.add(new SchemaError(pointer + "/volume", "must be 0 or more"));
        }
        if (limit.periodType() == null) {
            errors.add(new SchemaError(pointer + "/periodType", "must not be null"));
        }
    }

    /**
     * The passholder never pays the discount; a FUNDER share names its funder (and only a funder share does); each
     * payer has one share; the percentages are above 0, have at most 2 decimals and add up to exactly 100.
     */
    private static void discountPaidBy(List<DiscountShare> shares, List<SchemaError> errors) {
        Set<String> payers = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        for (int i = 0; i < shares.size(); i++) {
            DiscountShare share = shares.get(i);
            String at = "/discountPaidBy/" + i;
            if (share.payer() == null) {
                errors.add(new SchemaError(at + "/payer", "must not be null"));
                complete = false;
                continue;
            }
            if (share.payer() == Payer.PASSHOLDER) {
                errors.add(new SchemaError(at + "/payer", "the passholder does not pay the discount of a coupon"));
            }
            if (share.payer() == Payer.FUNDER
                    && (share.funder() == null || share.funder().isBlank())) {
                errors.add(new SchemaError(at + "/funder", "a funder share needs the funder's name"));
            }
            if (share.payer() != Payer.FUNDER && share.funder() != null) {
                errors.add(new SchemaError(at + "/funder", "only a FUNDER share names a funder"));
            }
            if (!payers.add(share.payerKey())) {
                errors.add(new SchemaError(at + "/payer", "each payer has one share"));
            }
            if (share.percent() == null) {
                errors.add(new SchemaError(at + "/percent", "must not be null"));
                complete = false;
            } else if (share.percent().signum() <= 0
                    || share.percent().compareTo(HUNDRED) > 0
                    || share.percent().stripTrailingZeros().scale() > 2) {
                errors.add(
                        new SchemaError(at + "/percent", "must be above 0 and at most 100, with at most 2 decimals"));
            } else {
                total = total.add(share.percent());
            }
        }
        if (!shares.isEmpty() && complete && total.compareTo(HUNDRED) != 0) {
            errors.add(new SchemaError("/discountPaidBy", "the percentages must add up to exactly 100"));
        }
    }

    private static void amount(BigDecimal amount, String pointer, boolean required, List<SchemaError> errors) {
        if (amount == null) {
            if (required) {
                errors.add(new SchemaError(pointer, "must not be null"));
            }
            return;
        }
        if (amount.signum() < 0) {
            errors.add(new SchemaError(pointer, "must not be negative"));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(new SchemaError(pointer, "must have at most 2 decimals"));
        }
        if (amount.compareTo(BigDecimal.valueOf(100_000_000)) >= 0) {
            errors.add(new SchemaError(pointer, "is too large"));
        }
    }

    private static <T> void duplicates(List<T> values, String pointer, List<SchemaError> errors) {
        Set<T> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                errors.add(new SchemaError(pointer + "/" + i, "is listed twice"));
            }
        }
    }
}

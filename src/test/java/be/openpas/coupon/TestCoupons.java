package be.openpas.coupon;

import be.openpas.shared.time.PeriodLimit;
import be.openpas.shared.time.PeriodType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Test-data builder for coupons: {@code aCoupon().targeting(...).build()}. */
public final class TestCoupons {

    private TestCoupons() {}

    public static Builder aCoupon() {
        return new Builder();
    }

    public static final class Builder {

        private Integer id = 12;
        private int cardSystemId = 5;
        private String name = "€5 korting";
        private CouponValue value = CouponValue.discount("5.00");
        private LocalDate validFrom = LocalDate.parse("2027-01-01");
        private LocalDate validTo = LocalDate.parse("2027-12-31");
        private CouponTarget target = CouponTarget.EVERYONE;
        private CouponScope scope = CouponScope.EVERYWHERE;
        private PeriodLimit passholderLimit = new PeriodLimit(1, PeriodType.YEAR);
        private PeriodLimit eventLimit = new PeriodLimit(1, PeriodType.ABSOLUTE);
        private Integer totalUnits;
        private CouponStatus status = CouponStatus.ACTIVE;
        private OffsetDateTime stoppedAt;
        private List<DiscountShare> discountPaidBy = List.of();

        public Builder id(Integer id) {
            this.id = id;
            return this;
        }

        public Builder cardSystem(int cardSystemId) {
            this.cardSystemId = cardSystemId;
            return this;
        }

        public Builder worth(CouponValue value) {
            this.value = value;
            return this;
        }

        public Builder valid(String from, String to) {
            this.validFrom = LocalDate.parse(from);
            this.validTo = LocalDate.parse(to);
            return this;
        }

        public Builder targeting(CouponTarget target) {
            this.target = target;
            return this;
        }

        public Builder in(CouponScope scope) {
            this.scope = scope;
            return this;
        }

        public Builder limits(PeriodLimit passholderLimit, PeriodLimit eventLimit) {
            this.passholderLimit = passholderLimit;
            this.eventLimit = eventLimit;
            return this;
        }

        public Builder totalUnits(Integer totalUnits) {
            this.totalUnits = totalUnits;
            return this;
        }

        public Builder stoppedAt(String moment) {
            this.status = CouponStatus.STOPPED;
            this.stoppedAt = OffsetDateTime.parse(moment);
            return this;
        }

        public Builder status(CouponStatus status) {
            this.status = status;
            return this;
        }

        public Builder paidBy(DiscountShare... shares) {
            this.discountPaidBy = List.of(shares);
            return this;
        }

        public Coupon build() {
            return new Coupon(
                    id,
                    cardSystemId,
                    name,
                    null,
                    value,
                    validFrom,
                    validTo,
                    target,
                    scope,
                    passholderLimit,
                    eventLimit,
                    totalUnits,
                    status,
                    stoppedAt,
                    discountPaidBy);
        }
    }
}

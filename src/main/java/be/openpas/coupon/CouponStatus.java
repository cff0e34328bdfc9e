package be.openpas.coupon;

/**
 * The life of a coupon (domain.md 2.10, 3.5; V3D coupon.md): ACTIVE → STOPPED → DELETED, never back.
 */
public enum CouponStatus {
    /** Usable by every passholder it targets. */
    ACTIVE,
    /**
     * No new passholders: only passholders who were members of the card system before the coupon was stopped still
     * qualify ("existing coupons stay valid").
     */
    STOPPED,
    /** Usable by nobody; kept for the history of the ticket sales that used it. */
    DELETED;

    /** Whether a coupon in this status may be put in {@code next}: only forward (or staying), never back. */
    public boolean canBecome(CouponStatus next) {
        return next.ordinal() >= ordinal();
    }
}

/**
 * Coupons (domain.md 2.10, 3.5): per card system, a discount or fixed price for the passholders a coupon targets
 * (everyone, kansenstatuut holders, a segment by postal code and age, or group passes), on the events in its scope,
 * within its validity period, with limits per passholder and per event per calendar period and an optional total.
 * Status ACTIVE → STOPPED (no new passholders) → DELETED (nobody). In UiTPAS v4 a coupon is only a tariff of type
 * COUPON ({@code COUPON12}); it is never applied automatically.
 *
 * <p>Publishes the {@link be.openpas.coupon.Coupon} model with its pure rules ({@code validOn}, {@code targets},
 * {@code appliesTo}, {@code priceFor}, {@code shares}) and the {@link be.openpas.coupon.Coupons} facade. The ticketing module asks it for the coupons of
 * card systems (cached 30 s) and counts their usage from its own ticket sales; this module stores no usage. Serves {@code /admin/card-systems/{id}/coupons} and {@code /admin/coupons/{id}}; loaded by the import format.
 * Owns tables {@code coupon}, {@code coupon_postal_code}, {@code coupon_organizer}, {@code coupon_event},
 * {@code coupon_discount_share}.
 */
package be.openpas.coupon;

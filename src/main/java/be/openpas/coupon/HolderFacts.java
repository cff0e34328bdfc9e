package be.openpas.coupon;

import java.time.OffsetDateTime;

/**
 * What a coupon's target looks at, about one passholder (or group pass) and the coupon's card system. The caller
 * (ticketing) gathers these facts; the coupon module never reads personal data itself.
 *
 * @param groupPass a group pass rather than an individual passholder
 * @param socialTariff entitled to the social tariff (kansenstatuut) in the coupon's card system today
 * @param postalCode the postal code of the passholder's address; {@code null} when unknown
 * @param age the passholder's age in years today; {@code null} when unknown
 * @param memberSince when the membership of the coupon's card system started; {@code null} when not a member
 */
public record HolderFacts(
        boolean groupPass, boolean socialTariff, String postalCode, Integer age, OffsetDateTime memberSince) {}

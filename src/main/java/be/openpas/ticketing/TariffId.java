package be.openpas.ticketing;

import java.util.Locale;
import java.util.Optional;

/**
 * The id of a tariff, as {@code GET /tariffs} answers it and {@code POST /ticket-sales} names it (domain.md 2.9):
 * {@code SOCIALTARIFF} (the social tariff, whichever distribution key gives it), {@code SOCIALTARIFF-<key id>} (the
 * social tariff of that key), or {@code COUPON<coupon id>}. Clients also send {@code COUPON-<id>} and
 * {@code COUPON_<id>} (both seen in UiTPAS examples), and any of them in lower case or with spaces around.
 */
public sealed interface TariffId {

    /** The social tariff of a distribution key, or ({@code keyId} null) of whichever key applies. */
    record SocialTariff(Integer keyId) implements TariffId {

        @Override
        public String value() {
            return keyId == null ? SOCIAL_TARIFF : SOCIAL_TARIFF + "-" + keyId;
        }

        /** Whether this names the social tariff of another key than the one that applies now. */
        public boolean namesAnotherKeyThan(int currentKeyId) {
            return keyId != null && keyId != currentKeyId;
        }
    }

    /** A coupon. */
    record Coupon(int couponId) implements TariffId {

        @Override
        public String value() {
            return COUPON + couponId;
        }
    }

    String SOCIAL_TARIFF = "SOCIALTARIFF";
    String COUPON = "COUPON";

    /** The id as openpas writes it: {@code SOCIALTARIFF-3}, {@code COUPON12}. */
    String value();

    static TariffId socialTariff(int keyId) {
        return new SocialTariff(keyId);
    }

    static TariffId coupon(int couponId) {
        return new Coupon(couponId);
    }

    /** The tariff id in a client's notation, or empty when it is none of the forms above. */
    static Optional<TariffId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String id = text.trim().toUpperCase(Locale.ROOT);
        if (id.equals(SOCIAL_TARIFF)) {
            return Optional.of(new SocialTariff(null));
        }
        if (id.startsWith(SOCIAL_TARIFF + "-")) {
            return number(id.substring(SOCIAL_TARIFF.length() + 1)).map(SocialTariff::new);
        }
        if (id.startsWith(COUPON)) {
            String rest = id.substring(COUPON.length());
            if (rest.startsWith("-") || rest.startsWith("_")) {
                rest = rest.substring(1);
            }
            return number(rest).map(Coupon::new);
        }
        return Optional.empty();
    }

    /** One to nine digits (an int, never negative). */
    private static Optional<Integer> number(String digits) {
        if (digits.isEmpty() || digits.length() > 9) {
            return Optional.empty();
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(Integer.parseInt(digits));
    }
}

package be.openpas.ticketing;

import be.openpas.distribution.PriceSplit;
import java.math.BigDecimal;

/**
 * A tariff a holder may buy at, with how many tickets remain and how its price is split.
 *
 * @param cardSystemId the card system of the key or coupon
 * @param keyId the distribution key of a social tariff
 * @param couponId the coupon of a coupon tariff
 */
public record Tariff(
        String id,
        String name,
        BigDecimal price,
        TariffType type,
        int remaining,
        int cardSystemId,
        Integer keyId,
        Integer couponId,
        PriceSplit split) {

    public static String socialTariffId(int keyId) {
        return TariffId.socialTariff(keyId).value();
    }

    public static String couponId(int couponId) {
        return TariffId.coupon(couponId).value();
    }
}

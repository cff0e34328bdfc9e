package be.openpas.ticketing;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code social-tariff-discount-expired}: a sale names the social tariff of one distribution key ({@code requested}),
 * but another one applies now ({@code current}); the client asks the tariffs again.
 */
public record SocialTariffDiscountExpired(String requested, String current) implements Refusal {

    @Override
    public String slug() {
        return "social-tariff-discount-expired";
    }
}

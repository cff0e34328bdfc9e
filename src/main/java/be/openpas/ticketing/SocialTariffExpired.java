package be.openpas.ticketing;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code social-tariff-expired}: the holder's kansenstatuut has expired (after the grace period) and nothing else is on
 * offer, or a sale asks for the kansentarief anyway (domain.md 3.3).
 */
public record SocialTariffExpired() implements Refusal {

    @Override
    public String slug() {
        return "social-tariff-expired";
    }
}

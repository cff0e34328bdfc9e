package be.openpas.ticketing;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code social-tariff-suspended}: the holder's kansentarief is suspended and nothing else is on offer, or a sale asks
 * for the kansentarief anyway (domain.md 3.3).
 */
public record SocialTariffSuspended() implements Refusal {

    @Override
    public String slug() {
        return "social-tariff-suspended";
    }
}

package be.openpas.ticketing;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code invalid-distributionkey}: a sale at SOCIALTARIFF for a holder to whom no distribution key gives the
 * kansentarief here. {@code why} is the notice the tariffs give for it (another region, a free event, no key for this
 * price), or {@code null} for a holder without kansenstatuut.
 */
public record InvalidDistributionKey(Notice why) implements Refusal {

    @Override
    public String slug() {
        return "invalid-distributionkey";
    }
}

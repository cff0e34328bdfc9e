package be.openpas.distribution;

import be.openpas.cardsystem.CardSystemId;
import be.openpas.shared.refusal.Refusal;

/**
 * {@code invalid-distributionkey}: a command names a key that cannot be used for it, such as a key that is not a manual
 * key of card system {@code cardSystemId} open to the organizer concerned.
 */
public record InvalidDistributionKey(int keyId, CardSystemId cardSystemId) implements Refusal {

    @Override
    public String slug() {
        return "invalid-distributionkey";
    }
}

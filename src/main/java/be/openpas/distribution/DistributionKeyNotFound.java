package be.openpas.distribution;

import be.openpas.shared.refusal.Refusal;

/** {@code distributionkey-not-found}: a command names a distribution key that does not exist. */
public record DistributionKeyNotFound(int keyId) implements Refusal {

    @Override
    public String slug() {
        return "distributionkey-not-found";
    }
}

package be.openpas.reward;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code invalid-card-system}: a reward names a card system that does not exist, as its owning card system or
 * ({@code applicable}) among the card systems whose members may redeem it.
 */
public record InvalidCardSystem(int cardSystemId, boolean applicable) implements Refusal {

    @Override
    public String slug() {
        return "invalid-card-system";
    }
}

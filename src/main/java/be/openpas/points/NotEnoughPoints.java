package be.openpas.points;

import be.openpas.shared.refusal.Refusal;

/**
 * A change would make a balance negative: it is {@code balance} and {@code requested} points were to be taken. Callers
 * check the balance (under {@link Points#lock}) and refuse with their own refusal first
 * ({@code reward-passholder-points-constraint}); this is the ledger's last line of defence (openpas' slug).
 */
public record NotEnoughPoints(int balance, int requested) implements Refusal {

    @Override
    public String slug() {
        return "not-enough-points";
    }
}

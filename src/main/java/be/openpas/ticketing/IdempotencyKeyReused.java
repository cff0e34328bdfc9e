package be.openpas.ticketing;

import be.openpas.shared.refusal.Refusal;

/**
 * openpas' {@code idempotency-key-reused}: a client sent an {@code Idempotency-Key} again with other ticket sales
 * than the first time (docs/ticket-sales.md, "Retries").
 */
public record IdempotencyKeyReused(String idempotencyKey) implements Refusal {

    @Override
    public String slug() {
        return "idempotency-key-reused";
    }
}

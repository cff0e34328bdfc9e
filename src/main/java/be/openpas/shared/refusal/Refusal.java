package be.openpas.shared.refusal;

/**
 * A rule said no: a small value named after its UiTPAS problem slug ({@code EventNotFound} is {@code
 * event-not-found}), carrying the facts of the refusal and nothing of HTTP (no status, JSON pointer or problem
 * document). Module APIs return refusals inside their outcomes ({@link Outcome}, or a sealed type of their own), or
 * throw one in a {@link RefusalException} when the request cannot be served at all.
 *
 * <p>Each module's {@code internal/web} package says how its refusals look in the UiTPAS contract (status, type,
 * end-user message); the web apps say how they look on their pages. See docs/architecture.md.
 */
public interface Refusal {

    /**
     * The slug of the UiTPAS problem type this refusal is named after ({@code event-not-found}), or openpas' own slug
     * for what the contract does not cover ({@code idempotency-key-reused}).
     */
    String slug();

    /** This refusal as an exception, for a request that cannot be served: {@code throw refusal.exception()}. */
    default RefusalException exception() {
        return new RefusalException(this);
    }
}

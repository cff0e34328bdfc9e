package be.openpas.shared.refusal;

/**
 * A {@link Refusal} that ends the request: thrown by a module API when nothing sensible can be returned (the event
 * of a sale does not exist, the caller lacks a permission). The edge turns it into the contract's problem. It has no
 * stack trace: it is an answer, not a bug.
 */
public final class RefusalException extends RuntimeException {

    private final transient Refusal refusal;

    public RefusalException(Refusal refusal) {
        super(refusal.slug(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}

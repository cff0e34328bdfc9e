package be.openpas.shared.refusal;

/**
 * Something the contract has no not-found type of its own for does not exist (administration: a card package, a
 * coupon, a membership). {@code what} names it in English ({@code "Package 12"}).
 */
public record ResourceNotFound(String what) implements Refusal {

    @Override
    public String slug() {
        return "not-found";
    }
}

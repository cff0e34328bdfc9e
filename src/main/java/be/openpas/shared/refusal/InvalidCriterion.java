package be.openpas.shared.refusal;

/** A search or paging criterion with a value that cannot be used ({@code start} below 0, an unknown sort field). */
public record InvalidCriterion(String name, String reason) implements Refusal {

    @Override
    public String slug() {
        return "query-parameter-invalid";
    }
}

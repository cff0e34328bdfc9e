package be.openpas.shared.refusal;

/** A page of more results than may be asked for at once. */
public record TooManyResults(int maximum) implements Refusal {

    @Override
    public String slug() {
        return "query-limit-exceeded";
    }
}

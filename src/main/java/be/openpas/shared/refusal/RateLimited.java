package be.openpas.shared.refusal;

/** Too many attempts of one kind ({@code what}, in English) in a short time; try again after some seconds. */
public record RateLimited(String what, long retryAfterSeconds) implements Refusal {

    @Override
    public String slug() {
        return "rate-limited";
    }
}

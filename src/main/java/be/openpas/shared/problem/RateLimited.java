package be.openpas.shared.problem;

import java.util.Map;

/** {@code uitpas/rate-limited} (429) with a {@code Retry-After} header in seconds. */
public class RateLimited extends ApiProblem {

    private final long retryAfterSeconds;

    public RateLimited(String detail, long retryAfterSeconds) {
        super(ProblemType.RATE_LIMITED, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}

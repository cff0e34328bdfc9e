package be.openpas.shared.paging;

import be.openpas.shared.refusal.InvalidCriterion;
import be.openpas.shared.refusal.TooManyResults;

/** The contract's paging parameters: {@code start} (default 0) and {@code limit} (default 20, at most 500). */
public record PageRequest(int start, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (start < 0) {
            throw new InvalidCriterion("start", "must be 0 or more.").exception();
        }
        if (limit < 0) {
            throw new InvalidCriterion("limit", "must be 0 or more.").exception();
        }
        if (limit > MAX_LIMIT) {
            throw new TooManyResults(MAX_LIMIT).exception();
        }
    }

    public static PageRequest of(Integer start, Integer limit) {
        return new PageRequest(start == null ? 0 : start, limit == null ? DEFAULT_LIMIT : limit);
    }

    public static PageRequest all() {
        return new PageRequest(0, MAX_LIMIT);
    }
}

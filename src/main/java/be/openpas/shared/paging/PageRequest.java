package be.openpas.shared.paging;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;

/** The contract's paging parameters: {@code start} (default 0) and {@code limit} (default 20, at most 500). */
public record PageRequest(int start, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (start < 0) {
            throw new ApiProblem(ProblemType.URL_QUERY_PARAMETER_INVALID, "start must be 0 or more.");
        }
        if (limit < 0) {
            throw new ApiProblem(ProblemType.URL_QUERY_PARAMETER_INVALID, "limit must be 0 or more.");
        }
        if (limit > MAX_LIMIT) {
            throw new ApiProblem(
                    ProblemType.URL_QUERY_LIMIT_EXCEEDED, "limit may be at most " + MAX_LIMIT + ".", MAX_LIMIT);
        }
    }

    public static PageRequest of(Integer start, Integer limit) {
        return new PageRequest(start == null ? 0 : start, limit == null ? DEFAULT_LIMIT : limit);
    }

    public static PageRequest all() {
        return new PageRequest(0, MAX_LIMIT);
    }
}

package be.openpas.shared.problem;

import be.openpas.shared.json.JsonReadErrors;
import tools.jackson.core.JacksonException;

/** Turns Jackson's reading errors into {@code body/invalid-syntax} or {@code body/invalid-data} problems. */
public final class JacksonProblems {

    private JacksonProblems() {}

    public static ApiProblem from(JacksonException exception) {
        if (JsonReadErrors.notJson(exception)) {
            return new ApiProblem(
                    ProblemType.BODY_INVALID_SYNTAX,
                    "The body is not valid JSON (line %d, column %d)."
                            .formatted(JsonReadErrors.line(exception), JsonReadErrors.column(exception)));
        }
        return ApiProblem.invalidData(pointer(exception), JsonReadErrors.describe(exception));
    }

    public static String pointer(JacksonException exception) {
        return JsonPointers.of(JsonReadErrors.path(exception));
    }
}

package be.openpas.shared.problem;

import be.openpas.shared.refusal.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem straight to a servlet response, for code that runs before Spring MVC (security filters). */
@Component
public class ProblemResponses {

    private final Problems problems;
    private final RefusalProblems refusals;
    private final JsonMapper json;

    public ProblemResponses(Problems problems, RefusalProblems refusals, JsonMapper json) {
        this.problems = problems;
        this.refusals = refusals;
        this.json = json;
    }

    /** Writes the problem of a refusal, as the module that declares it answers it. */
    public void write(HttpServletResponse response, Refusal refusal) throws IOException {
        write(response, refusals.problem(refusal));
    }

    public void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(problem.status());
        problem.headers().forEach(response::setHeader);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problems.body(problem));
    }
}

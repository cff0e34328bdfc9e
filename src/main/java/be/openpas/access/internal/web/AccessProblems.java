package be.openpas.access.internal.web;

import be.openpas.access.Forbidden;
import be.openpas.access.Unauthorized;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import org.springframework.stereotype.Component;

/** Missing credentials and permissions: publiq's {@code auth/*} types. */
@Component
class AccessProblems implements RefusalMapping {

    @Override
    public void map(Mappings mappings) {
        mappings.on(Unauthorized.class, refusal -> new ApiProblem(ProblemType.UNAUTHORIZED, refusal.why()))
                .on(Forbidden.class, refusal -> new ApiProblem(ProblemType.FORBIDDEN, refusal.why()));
    }
}

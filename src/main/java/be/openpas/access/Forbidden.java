package be.openpas.access;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;

/** The caller is authenticated but lacks the permission for this request (403 {@code auth/forbidden}). */
public class Forbidden extends ApiProblem {

    public Forbidden(String detail) {
        super(ProblemType.FORBIDDEN, detail);
    }
}

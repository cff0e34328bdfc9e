package be.openpas.access;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;

/** Credentials are missing or invalid (401 {@code auth/unauthorized}). */
public class Unauthorized extends ApiProblem {

    public Unauthorized(String detail) {
        super(ProblemType.UNAUTHORIZED, detail);
    }
}

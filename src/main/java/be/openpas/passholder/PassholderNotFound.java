package be.openpas.passholder;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import java.util.UUID;

/** {@code uitpas/passholder-not-found}: 404 for a passholder in the URL path, 400 for one referenced in a request. */
public class PassholderNotFound extends ApiProblem {

    public PassholderNotFound(UUID id) {
        super(ProblemType.PASSHOLDER_NOT_FOUND, "Passholder " + id + " does not exist.");
    }

    public PassholderNotFound(String detail) {
        super(ProblemType.PASSHOLDER_NOT_FOUND, detail);
    }
}

package be.openpas.grouppass;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import java.util.UUID;

/**
 * A group pass that does not exist. The contract has no type of its own for it: {@code GET /grouppasses/{passholderId}}
 * names its path variable a passholder id, so this is {@code uitpas/passholder-not-found} (404).
 */
public class GroupPassNotFound extends ApiProblem {

    public GroupPassNotFound(UUID id) {
        super(ProblemType.PASSHOLDER_NOT_FOUND, "Group pass " + id + " does not exist.");
    }

    public GroupPassNotFound(String detail) {
        super(ProblemType.PASSHOLDER_NOT_FOUND, detail);
    }
}

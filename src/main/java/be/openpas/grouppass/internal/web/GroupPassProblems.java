package be.openpas.grouppass.internal.web;

import be.openpas.grouppass.GroupPassNotFound;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import org.springframework.stereotype.Component;

/** How group-pass refusals look in the contract. */
@Component
class GroupPassProblems implements RefusalMapping {

    /** The contract's {@code GET /grouppasses/{passholderId}} names its path variable a passholder id. */
    static final ProblemType PASSHOLDER_NOT_FOUND =
            ProblemType.uitpas("passholder-not-found", 404, "Passholder not found");

    @Override
    public void map(Mappings mappings) {
        mappings.on(
                GroupPassNotFound.class,
                refusal -> new ApiProblem(
                        PASSHOLDER_NOT_FOUND, "Group pass " + refusal.groupPassId() + " does not exist."));
    }
}

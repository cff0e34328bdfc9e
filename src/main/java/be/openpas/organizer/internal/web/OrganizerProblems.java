package be.openpas.organizer.internal.web;

import be.openpas.organizer.GroupNotFound;
import be.openpas.organizer.OrganizerNotFound;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import org.springframework.stereotype.Component;

/** How organizer refusals look in the contract. */
@Component
class OrganizerProblems implements RefusalMapping {

    static final ProblemType ORGANIZER_NOT_FOUND =
            ProblemType.uitpas("organizer-not-found", 404, "Organizer not found");
    static final ProblemType GROUP_NOT_FOUND = ProblemType.uitpas("group-not-found", 400, "Group not found");

    @Override
    public void map(Mappings mappings) {
        // 404 for an organizer in the URL path, 400 for one named in a query or body
        mappings.on(
                        OrganizerNotFound.class,
                        refusal -> new ApiProblem(
                                        ORGANIZER_NOT_FOUND, "Organizer " + refusal.organizerId() + " does not exist.")
                                .withStatus(refusal.referenced() ? 400 : 404))
                // 400 for a group in a search, 404 for one in the URL path
                .on(
                        GroupNotFound.class,
                        refusal -> new ApiProblem(GROUP_NOT_FOUND, "Group " + refusal.groupId() + " does not exist.")
                                .withStatus(refusal.referenced() ? 400 : 404));
    }
}

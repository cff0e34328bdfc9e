package be.openpas.organizer;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import java.util.UUID;

/** {@code uitpas/organizer-not-found}: 404 for an organizer in the URL path, 400 for one referenced in a request. */
public class OrganizerNotFound extends ApiProblem {

    public OrganizerNotFound(Object organizerId) {
        super(ProblemType.ORGANIZER_NOT_FOUND, "Organizer " + organizerId + " does not exist.");
    }

    public static ApiProblem referenced(UUID organizerId) {
        return new OrganizerNotFound(organizerId).withStatus(400);
    }
}

package be.openpas.event;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import java.util.UUID;

/** {@code uitpas/event-not-found}: 404 for an event in the URL path, 400 for one referenced in a request. */
public class EventNotFound extends ApiProblem {

    public EventNotFound(UUID eventId) {
        super(ProblemType.EVENT_NOT_FOUND, "Event " + eventId + " does not exist.");
    }

    /** An id that is not even a UUID. */
    public EventNotFound(String eventId) {
        super(ProblemType.EVENT_NOT_FOUND, "Event " + eventId + " does not exist.");
    }

    public static ApiProblem referenced(UUID eventId) {
        return new EventNotFound(eventId).withStatus(400);
    }
}

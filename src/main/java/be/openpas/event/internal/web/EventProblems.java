package be.openpas.event.internal.web;

import be.openpas.event.EventAlreadyHasTicketSales;
import be.openpas.event.EventEnded;
import be.openpas.event.EventNotFound;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import org.springframework.stereotype.Component;

/** How event refusals look in the contract. */
@Component
class EventProblems implements RefusalMapping {

    static final ProblemType EVENT_NOT_FOUND = ProblemType.uitpas("event-not-found", 404, "Event not found");
    static final ProblemType EVENT_ALREADY_HAS_TICKETSALES =
            ProblemType.uitpas("event-already-has-ticketsales", 400, "Event already has ticket sales");
    static final ProblemType EVENT_ENDED = ProblemType.openpas("event-ended", 400, "Event has ended");

    @Override
    public void map(Mappings mappings) {
        // 404 for an event in the URL path, 400 for one named in the body or query of a tariff, sale or check-in
        mappings.on(
                        EventNotFound.class,
                        refusal -> new ApiProblem(
                                        EVENT_NOT_FOUND,
                                        refusal.notUitpas()
                                                ? "Event " + refusal.eventId() + " is not an UiTPAS event."
                                                : "Event " + refusal.eventId() + " does not exist.")
                                .withStatus(refusal.referenced() ? 400 : 404))
                .on(
                        EventAlreadyHasTicketSales.class,
                        refusal -> new ApiProblem(
                                EVENT_ALREADY_HAS_TICKETSALES,
                                "Event " + refusal.eventId() + " has ticket sales; its card systems can no longer"
                                        + " change."))
                .on(
                        EventEnded.class,
                        refusal -> new ApiProblem(
                                EVENT_ENDED, "Event " + refusal.eventId() + " ended on " + refusal.endedAt() + "."));
    }
}

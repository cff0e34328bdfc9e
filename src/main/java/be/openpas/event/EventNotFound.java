package be.openpas.event;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code event-not-found}: the event asked for does not exist (or is not an UiTPAS event where one is needed), or
 * ({@code referenced}) a command names one that does not.
 */
public record EventNotFound(String eventId, boolean notUitpas, boolean referenced) implements Refusal {

    public EventNotFound(Object eventId) {
        this(String.valueOf(eventId), false, false);
    }

    /** An event named in a command that does not exist. */
    public static EventNotFound referenced(Object eventId) {
        return new EventNotFound(String.valueOf(eventId), false, true);
    }

    /** The same refusal, for an event named in a command (or not). */
    public EventNotFound referenced(boolean inCommand) {
        return new EventNotFound(eventId, notUitpas, inCommand);
    }

    @Override
    public String slug() {
        return "event-not-found";
    }
}

package be.openpas.organizer;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code organizer-not-found}: the organizer asked for does not exist, or ({@code referenced}) a command names one
 * that does not.
 */
public record OrganizerNotFound(String organizerId, boolean referenced) implements Refusal {

    public OrganizerNotFound(Object organizerId) {
        this(String.valueOf(organizerId), false);
    }

    /** An organizer named in a command that does not exist. */
    public static OrganizerNotFound referenced(Object organizerId) {
        return new OrganizerNotFound(String.valueOf(organizerId), true);
    }

    @Override
    public String slug() {
        return "organizer-not-found";
    }
}

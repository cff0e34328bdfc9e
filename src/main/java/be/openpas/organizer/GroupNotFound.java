package be.openpas.organizer;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code group-not-found}: the group of organizers asked for does not exist, or ({@code referenced}) a search names one
 * that does not.
 */
public record GroupNotFound(int groupId, boolean referenced) implements Refusal {

    @Override
    public String slug() {
        return "group-not-found";
    }
}

package be.openpas.passholder;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code school-not-found}: the passholder has no school, the school asked for does not exist, or ({@code referenced})
 * a command names a school that is not an organizer.
 */
public record SchoolNotFound(String schoolId, boolean referenced) implements Refusal {

    /** A school named in a command that is not an organizer. */
    public static SchoolNotFound referenced(Object schoolId) {
        return new SchoolNotFound(String.valueOf(schoolId), true);
    }

    @Override
    public String slug() {
        return "school-not-found";
    }
}

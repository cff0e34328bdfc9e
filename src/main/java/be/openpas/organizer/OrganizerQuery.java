package be.openpas.organizer;

import java.util.Set;
import java.util.UUID;

/**
 * An organizer search: name with {@code *} wildcards (case-insensitive), card system, group, and optionally only
 * within a set of organizers (the ones the caller may search).
 */
public record OrganizerQuery(String name, Integer cardSystemId, Integer groupId, Set<UUID> within, boolean descending) {

    public static OrganizerQuery all() {
        return new OrganizerQuery(null, null, null, null, false);
    }
}

package be.openpas.apiclient;

import be.openpas.access.Permission;
import jakarta.validation.constraints.NotNull;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** The permissions a client holds for one organizer. */
public record OrganizerGrant(
        @NotNull UUID organizerId, @NotNull Set<@NotNull Permission> permissions) {

    public OrganizerGrant {
        // in the enum's order, so that responses are stable
        permissions = permissions == null || permissions.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(permissions));
    }
}

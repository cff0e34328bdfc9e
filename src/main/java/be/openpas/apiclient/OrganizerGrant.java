package be.openpas.apiclient;

import be.openpas.access.Permission;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import java.util.UUID;

/** The permissions a client holds for one organizer. */
public record OrganizerGrant(
        @NotNull UUID organizerId, @NotNull Set<@NotNull Permission> permissions) {

    public OrganizerGrant {
        permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
    }
}

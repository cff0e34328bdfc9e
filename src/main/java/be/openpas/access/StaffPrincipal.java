package be.openpas.access;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A staff user logged in to a web application (the counter app), as the principal of the request. {@link Access} turns
 * it into a {@link Caller} of kind {@link Caller.Kind#STAFF} whose permissions are the principal's {@link #grants()}:
 * the web application resolves them from the staff memberships for every request (so that a change of staff takes
 * effect at once), and access never asks back.
 */
public interface StaffPrincipal {

    UUID staffUserId();

    String email();

    /** What the staff user may do, per organizer (counter), for the current request. */
    Map<UUID, Set<Permission>> grants();
}

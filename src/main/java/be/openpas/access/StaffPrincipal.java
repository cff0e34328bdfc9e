package be.openpas.access;

import java.util.UUID;

/**
 * A staff user logged in to a web application (the counter app), as the principal of the session. {@link Access}
 * turns it into a {@link Caller} of kind {@link Caller.Kind#STAFF} whose permissions come from a
 * {@link StaffGrantSource}.
 */
public interface StaffPrincipal {

    UUID staffUserId();

    String email();
}

package be.openpas.access;

/**
 * Who is calling: an API client authenticated with an access token, or a client that only identified itself with
 * {@code x-client-id} (allowed on public reference data), or a staff user of the counter app. Permissions are looked up per organizer through
 * {@link Access}; {@code admin} is the administrator role of the administration API.
 */
public record Caller(String clientId, Kind kind, boolean admin) {

    public enum Kind {
        /** Authenticated with an access token from {@code /oauth2/token}. */
        TOKEN,
        /** Identified by the {@code x-client-id} header only. */
        IDENTIFIED,
        /** A staff user logged in to the counter app; {@code clientId} is {@code staff:<e-mail>}. */
        STAFF
    }

    public static final String STAFF_PREFIX = "staff:";

    public boolean authenticated() {
        return kind == Kind.TOKEN || kind == Kind.STAFF;
    }
}

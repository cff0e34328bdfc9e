package be.openpas.access;

/**
 * Who is calling: an API client authenticated with an access token, or a client that only identified itself with
 * {@code x-client-id} (allowed on public reference data). Permissions are looked up per organizer through
 * {@link Access}; {@code admin} is the administrator role of the administration API.
 */
public record Caller(String clientId, Kind kind, boolean admin) {

    public enum Kind {
        /** Authenticated with an access token from {@code /oauth2/token}. */
        TOKEN,
        /** Identified by the {@code x-client-id} header only. */
        IDENTIFIED
    }

    public boolean authenticated() {
        return kind == Kind.TOKEN;
    }
}

package be.openpas.access.internal.security;

/** Scopes in openpas access tokens. */
final class TokenScopes {

    /** Every client: access to the UiTPAS API, limited by its permissions per organizer. */
    static final String UITPAS = "uitpas";

    /** Administrator clients: the administration API. */
    static final String ADMIN = "ADMIN";

    private TokenScopes() {}
}

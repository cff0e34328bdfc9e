package be.openpas.access.internal.security;

import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * openpas issues only self-contained JWT access tokens for the client-credentials grant: there are no refresh
 * tokens, authorization codes or consents to remember, and the API validates tokens by signature. Keeping every
 * issued token (the default in-memory service) would only grow memory, so nothing is stored. Consequence, by
 * design: token introspection and revocation are not offered; deleting a client stops its tokens at once
 * (see {@link JwtCallerConverter}).
 */
class SelfContainedTokensAuthorizationService implements OAuth2AuthorizationService {

    @Override
    public void save(OAuth2Authorization authorization) {
        // nothing to keep: the token is self-contained
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        // nothing was kept
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return null;
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return null;
    }
}

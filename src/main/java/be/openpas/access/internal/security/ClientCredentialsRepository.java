package be.openpas.access.internal.security;

import be.openpas.access.GrantSource;
import java.time.Duration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The authorization server's view of the API clients stored by openpas: every client may use the
 * client-credentials grant with its secret (HTTP Basic or form), and gets JWT access tokens.
 */
class ClientCredentialsRepository implements RegisteredClientRepository {

    private final GrantSource clients;
    private final TokenSettings tokenSettings;

    ClientCredentialsRepository(GrantSource clients, Duration accessTokenTtl) {
        this.clients = clients;
        this.tokenSettings = TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(accessTokenTtl)
                .build();
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new IllegalStateException("API clients are managed through the administration API (/admin/clients).");
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return clients.client(clientId)
                .map(client -> RegisteredClient.withId(client.clientId())
                        .clientId(client.clientId())
                        .clientName(client.name())
                        .clientSecret(client.secretHash())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scopes(scopes -> {
                            scopes.add(TokenScopes.UITPAS);
                            if (client.admin()) {
                                scopes.add(TokenScopes.ADMIN);
                            }
                        })
                        .tokenSettings(tokenSettings)
                        .build())
                .orElse(null);
    }
}

package be.openpas.access.internal.security;

import be.openpas.access.Caller;
import be.openpas.access.GrantSource;
import be.openpas.shared.web.RequestCaller;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A validated access token becomes a {@link Caller}. The token only proves who the client is; whether it still
 * exists and is an administrator comes from the client store, so deleting a client or taking its admin role away
 * takes effect before its tokens expire.
 */
class JwtCallerConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final GrantSource clients;

    JwtCallerConverter(GrantSource clients) {
        this.clients = clients;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String clientId = jwt.getSubject();
        GrantSource.ClientCredentials client = clients.client(clientId)
                .orElseThrow(() -> new InvalidBearerTokenException("The client of this token no longer exists."));
        List<String> scopes = jwt.getClaimAsStringList("scope");
        boolean admin = client.admin() && scopes != null && scopes.contains(TokenScopes.ADMIN);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            RequestCaller.record(attributes.getRequest(), clientId);
        }
        return new CallerAuthentication(new Caller(clientId, Caller.Kind.TOKEN, admin));
    }
}

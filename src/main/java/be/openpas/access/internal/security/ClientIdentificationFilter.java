package be.openpas.access.internal.security;

import be.openpas.access.Caller;
import be.openpas.access.GrantSource;
import be.openpas.access.Unauthorized;
import be.openpas.shared.problem.ProblemResponses;
import be.openpas.shared.web.RequestCaller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The contract's {@code CLIENT_IDENTIFICATION} scheme: on operations that allow it (public reference data such as
 * card systems), a client may identify itself with the {@code x-client-id} header instead of an access token.
 */
class ClientIdentificationFilter extends OncePerRequestFilter {

    static final String HEADER = "x-client-id";

    private final RequestMatcher allowedOn;
    private final GrantSource clients;
    private final ProblemResponses problems;

    ClientIdentificationFilter(RequestMatcher allowedOn, GrantSource clients, ProblemResponses problems) {
        this.allowedOn = allowedOn;
        this.clients = clients;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String clientId = request.getHeader(HEADER);
        if (clientId != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null && allowedOn.matches(request)) {
            if (clients.client(clientId).isEmpty()) {
                problems.write(response, new Unauthorized("Unknown client id in x-client-id."));
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new CallerAuthentication(new Caller(clientId, Caller.Kind.IDENTIFIED, false)));
            SecurityContextHolder.setContext(context);
            RequestCaller.record(request, clientId);
        }
        chain.doFilter(request, response);
    }
}

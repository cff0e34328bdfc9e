package be.openpas.balie.internal.security;

import be.openpas.staff.StaffAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves, for every request of a logged-in staff user, what they may do per counter ({@link StaffAccounts#grantsOf})
 * and puts a {@link StaffUser} that carries it in this request's security context, where {@code Access} finds it. The
 * session keeps the person without their permissions, so that a coordinator's change of staff (a role, the
 * kansenstatuut authorisation, a removal) holds from the next request on. The context of the session is not changed:
 * the request gets a context of its own.
 */
class StaffGrantsFilter extends OncePerRequestFilter {

    private final StaffAccounts accounts;

    StaffGrantsFilter(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/balie/assets/") || path.startsWith("/webjars/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffUser user) {
            UsernamePasswordAuthenticationToken resolved = UsernamePasswordAuthenticationToken.authenticated(
                    user.withGrants(accounts.grantsOf(user.staffUserId())), null, authentication.getAuthorities());
            resolved.setDetails(authentication.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(resolved);
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}

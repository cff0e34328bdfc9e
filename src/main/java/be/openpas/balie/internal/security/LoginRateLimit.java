package be.openpas.balie.internal.security;

import be.openpas.shared.problem.RateLimited;
import be.openpas.shared.ratelimit.RateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: at most {@value #PER_MINUTE} login attempts a minute per e-mail address and
 * {@value #PER_ADDRESS_PER_MINUTE} per IP address; beyond that the login page says to wait, without checking the
 * password.
 */
class LoginRateLimit extends OncePerRequestFilter {

    static final int PER_MINUTE = 10;
    static final int PER_ADDRESS_PER_MINUTE = 60;

    private final RateLimits limits;

    LoginRateLimit(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && BalieSecurityConfiguration.LOGIN.equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = String.valueOf(request.getParameter("email")).trim().toLowerCase(Locale.ROOT);
        try {
            limits.consumeWindow("balie-login|" + email, PER_MINUTE, "login attempts");
            limits.consumeWindow("balie-login-ip|" + request.getRemoteAddr(), PER_ADDRESS_PER_MINUTE, "login attempts");
        } catch (RateLimited tooMany) {
            response.sendRedirect(BalieSecurityConfiguration.LOGIN + "?wait");
            return;
        }
        chain.doFilter(request, response);
    }
}

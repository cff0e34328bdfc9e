package be.openpas.balie.internal.security;

import be.openpas.shared.web.RateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: after {@value #PER_MINUTE} failed logins for an e-mail address, or
 * {@value #PER_ADDRESS_PER_MINUTE} from an IP address, within a minute, the login page says to wait, without checking
 * the password. Successful logins do not count.
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
        if (limits.windowExhausted(emailKey(request), PER_MINUTE)
                || limits.windowExhausted(addressKey(request), PER_ADDRESS_PER_MINUTE)) {
            response.sendRedirect(BalieSecurityConfiguration.LOGIN + "?wait");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Counts a failed login, then shows the login page with its error. */
    AuthenticationFailureHandler countingFailures() {
        SimpleUrlAuthenticationFailureHandler page =
                new SimpleUrlAuthenticationFailureHandler(BalieSecurityConfiguration.LOGIN + "?error");
        return (request, response, exception) -> {
            // at the limit already: nothing more to count, the next attempt is refused by the filter
            limits.tryConsumeWindow(emailKey(request), PER_MINUTE);
            limits.tryConsumeWindow(addressKey(request), PER_ADDRESS_PER_MINUTE);
            page.onAuthenticationFailure(request, response, exception);
        };
    }

    private static String emailKey(HttpServletRequest request) {
        return "balie-login|"
                + String.valueOf(request.getParameter("email")).trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(HttpServletRequest request) {
        return "balie-login-ip|" + request.getRemoteAddr();
    }
}

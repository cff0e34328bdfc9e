package be.openpas.access.internal.security;

import be.openpas.access.Forbidden;
import be.openpas.access.Unauthorized;
import be.openpas.shared.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 from the security filters as problems with the publiq {@code auth/*} types. */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemResponses problems;

    ProblemSecurityHandlers(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        String detail = request.getHeader("Authorization") == null
                ? "This request needs an access token (Authorization: Bearer ...)."
                : "The access token is invalid or expired.";
        response.setHeader("WWW-Authenticate", "Bearer");
        problems.write(response, new Unauthorized(detail));
    }

    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException accessDeniedException)
            throws IOException {
        problems.write(response, new Forbidden("The client is not allowed to perform this request."));
    }
}

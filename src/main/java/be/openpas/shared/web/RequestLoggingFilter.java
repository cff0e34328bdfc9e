package be.openpas.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One structured log line per API request: method, route template, status, duration and calling client.
 *
 * <p>It logs the route <em>template</em> ({@code /insz-numbers/{inszNumber}}), never the actual path or query
 * string, because those can hold INSZ numbers, names or other personal data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLoggingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("openpas.requests");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (log.isInfoEnabled()) {
                Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
                Object caller = request.getAttribute(RequestCaller.ATTRIBUTE);
                long micros = (System.nanoTime() - started) / 1_000;
                log.atInfo()
                        .addKeyValue("method", request.getMethod())
                        .addKeyValue("route", route == null ? "unmatched" : route)
                        .addKeyValue("status", response.getStatus())
                        .addKeyValue("durationMs", micros / 1000.0)
                        .addKeyValue("caller", caller == null ? "anonymous" : caller)
                        .log(
                                "{} {} -> {} in {} ms",
                                request.getMethod(),
                                route == null ? "unmatched" : route,
                                response.getStatus(),
                                micros / 1000.0);
            }
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.startsWith("/actuator") || uri.startsWith("/swagger-ui") || uri.startsWith("/v3/api-docs");
    }
}

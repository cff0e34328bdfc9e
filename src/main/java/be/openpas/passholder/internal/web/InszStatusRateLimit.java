package be.openpas.passholder.internal.web;

import be.openpas.shared.web.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The contract rate-limits the INSZ status check (it would otherwise tell anyone which INSZ numbers have an UiTPAS):
 * per client and IP address a token bucket ({@code openpas.rate-limits.insz-status-per-minute}, 20 per minute by
 * default). Over the limit the answer is 429 {@code rate-limited} with {@code Retry-After}.
 */
@Component
class InszStatusRateLimit {

    private final RateLimits limits;
    private final int perMinute;

    InszStatusRateLimit(RateLimits limits, @Value("${openpas.rate-limits.insz-status-per-minute:20}") int perMinute) {
        this.limits = limits;
        this.perMinute = perMinute;
    }

    void consume(String clientId) {
        limits.consume("insz-status|" + clientId + "|" + RateLimits.clientAddress(), perMinute, "INSZ status checks");
    }
}

package be.openpas.passholder.internal.web;

import be.openpas.shared.problem.RateLimited;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The contract rate-limits the INSZ status check (it would otherwise tell anyone which INSZ numbers have an UiTPAS):
 * per client and IP address a token bucket ({@code openpas.rate-limits.insz-status}, 20 per minute by default). Over
 * the limit the answer is 429 {@code rate-limited} with {@code Retry-After}. Buckets live per instance.
 */
@Component
class InszStatusRateLimit {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();
    private final int perMinute;

    InszStatusRateLimit(@Value("${openpas.rate-limits.insz-status-per-minute:20}") int perMinute) {
        this.perMinute = perMinute;
    }

    void consume(String clientId) {
        String ip = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? client(attributes.getRequest())
                : "local";
        Bucket bucket = buckets.get(
                clientId + "|" + ip,
                key -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(perMinute)
                                .refillGreedy(perMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(
                    1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw new RateLimited("Too many INSZ status checks; retry after " + seconds + " s.", seconds);
        }
    }

    private static String client(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}

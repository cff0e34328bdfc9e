package be.openpas.shared.ratelimit;

import be.openpas.shared.refusal.RateLimited;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Token buckets (Bucket4j) for the endpoints the contract rate-limits. A bucket per key (for example a client and an
 * IP address, or a passholder) holds {@code perMinute} tokens and refills them greedily over a minute; over the limit
 * the answer is 429 {@code uitpas/rate-limited} with {@code Retry-After} in seconds. Buckets live per instance and
 * are forgotten after 10 minutes without use.
 */
@Component
public class RateLimits {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();

    /**
     * Takes a token from the bucket of {@code key}.
     *
     * @param key what is limited, prefixed with the limit's name ("insz-status|client|ip")
     * @param perMinute the bucket's size and refill per minute
     * @throws RateLimited when the bucket is empty
     */
    public void consume(String key, int perMinute, String what) {
        take(
                buckets.get(
                        key + "|" + perMinute,
                        k -> bucket(Bandwidth.builder()
                                .capacity(perMinute)
                                .refillGreedy(perMinute, Duration.ofMinutes(1))
                                .build())),
                what);
    }

    /**
     * Like {@link #consume}, but the tokens come back all at once a minute after the bucket was filled, not one by
     * one: at most {@code perMinute} attempts in any minute window (for password guessing). Answers whether a token
     * was left (the caller refuses the next attempt with {@link #windowExhausted}).
     */
    public boolean tryConsumeWindow(String key, int perMinute) {
        return window(key, perMinute).tryConsume(1);
    }

    /** Whether {@link #tryConsumeWindow} would find no token now, without taking one. */
    public boolean windowExhausted(String key, int perMinute) {
        return window(key, perMinute).getAvailableTokens() <= 0;
    }

    private Bucket window(String key, int perMinute) {
        return buckets.get(
                key + "|window|" + perMinute,
                k -> bucket(Bandwidth.builder()
                        .capacity(perMinute)
                        .refillIntervally(perMinute, Duration.ofMinutes(1))
                        .build()));
    }

    private static Bucket bucket(Bandwidth limit) {
        return Bucket.builder().addLimit(limit).build();
    }

    private static void take(Bucket bucket, String what) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(
                    1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw new RateLimited(what, seconds).exception();
        }
    }

    /** The IP address of the current request ("local" outside a request). */
    public static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "local";
    }
}

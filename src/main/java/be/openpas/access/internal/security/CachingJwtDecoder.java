package be.openpas.access.internal.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens it verified until they expire (at most {@link #MAXIMUM_TIME}), so the RSA signature of a token a
 * client uses for an hour is checked once, not on every request (a third of the CPU of a tariff request). Only valid
 * tokens are remembered; an invalid one is checked (and refused) every time. Permissions are not part of the token:
 * they are looked up per request, so a changed permission still takes effect as before.
 */
final class CachingJwtDecoder implements JwtDecoder {

    static final Duration MAXIMUM_TIME = Duration.ofMinutes(10);

    private final JwtDecoder delegate;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    CachingJwtDecoder(JwtDecoder delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfter(new Expiry<String, Jwt>() {
                    @Override
                    public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
                        return untilExpiry(jwt);
                    }

                    @Override
                    public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
                        return untilExpiry(jwt);
                    }

                    @Override
                    public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null
                && (known.getExpiresAt() == null || known.getExpiresAt().isAfter(clock.instant()))) {
            return known;
        }
        Jwt jwt = delegate.decode(token);
        verified.put(token, jwt);
        return jwt;
    }

    private long untilExpiry(Jwt jwt) {
        Instant expires = jwt.getExpiresAt();
        Duration left = expires == null ? MAXIMUM_TIME : Duration.between(clock.instant(), expires);
        if (left.isNegative()) {
            return 0;
        }
        return Math.min(left.toNanos(), MAXIMUM_TIME.toNanos());
    }
}

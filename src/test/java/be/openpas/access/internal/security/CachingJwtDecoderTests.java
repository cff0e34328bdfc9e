package be.openpas.access.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A verified token is checked once until it expires; invalid and expired tokens are never served from memory. */
class CachingJwtDecoderTests {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    final AtomicInteger verifications = new AtomicInteger();

    JwtDecoder verifier(Instant expiresAt) {
        return token -> {
            verifications.incrementAndGet();
            if (token.startsWith("bad")) {
                throw new BadJwtException("signature");
            }
            return Jwt.withTokenValue(token)
                    .header("alg", "RS256")
                    .subject("client")
                    .issuedAt(NOW.minusSeconds(60))
                    .expiresAt(expiresAt)
                    .build();
        };
    }

    @Test
    void aValidTokenIsVerifiedOnceAndThenServedFromMemory() {
        CachingJwtDecoder decoder =
                new CachingJwtDecoder(verifier(NOW.plusSeconds(3600)), Clock.fixed(NOW, ZoneOffset.UTC));

        decoder.decode("token-a");
        decoder.decode("token-a");
        decoder.decode("token-a");

        assertThat(verifications).hasValue(1);
    }

    @Test
    void anInvalidTokenIsCheckedAndRefusedEveryTime() {
        CachingJwtDecoder decoder =
                new CachingJwtDecoder(verifier(NOW.plusSeconds(3600)), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> decoder.decode("bad-token")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("bad-token")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRememberedTokenThatHasExpiredIsVerifiedAgain() {
        MutableClock clock = new MutableClock(NOW);
        CachingJwtDecoder decoder = new CachingJwtDecoder(verifier(NOW.plusSeconds(30)), clock);
        decoder.decode("token-b");

        clock.now = NOW.plusSeconds(31);
        decoder.decode("token-b");

        assertThat(verifications).hasValue(2);
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

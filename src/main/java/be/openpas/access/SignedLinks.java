package be.openpas.access;

import be.openpas.access.internal.persistence.SecretStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Short-lived links that work without an access token (a picture in an HTML page, a download): the path and an expiry
 * are signed with HMAC-SHA256 under a secret shared by all instances. A link cannot be altered or used after it
 * expires.
 */
@Component
public class SignedLinks {

    private final Supplier<byte[]> key;
    private final Clock clock;

    public SignedLinks(SecretStore secrets, Clock clock) {
        this.key = memoize(() -> secrets.secret("signed-links"));
        this.clock = clock;
    }

    /** A relative URL for the path, valid for the given time: {@code path?expires=...&signature=...}. */
    public String sign(String path, Duration validity) {
        long expires = Instant.now(clock).plus(validity).getEpochSecond();
        return path + "?expires=" + expires + "&signature=" + signature(path, expires);
    }

    /** Whether a signature is genuine for the path and not expired. */
    public boolean valid(String path, long expires, String signature) {
        if (signature == null || Instant.now(clock).getEpochSecond() > expires) {
            return false;
        }
        return MessageDigest.isEqual(
                signature(path, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String path, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((path + "|" + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static Supplier<byte[]> memoize(Supplier<byte[]> supplier) {
        return new Supplier<>() {
            private volatile byte[] value;

            @Override
            public byte[] get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}

package be.openpas.access;

import be.openpas.access.internal.persistence.SecretStore;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA256 signatures under secrets shared by all instances (one secret per purpose, created on first use and
 * stored in the database), for codes other modules hand out and must recognise later (an event's check-in code).
 */
@Component
public class Signatures {

    private final SecretStore secrets;
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    Signatures(SecretStore secrets) {
        this.secrets = secrets;
    }

    /** The first {@code length} bytes of the HMAC-SHA256 of the data under the purpose's secret. */
    public byte[] sign(String purpose, byte[] data, int length) {
        byte[] key = keys.computeIfAbsent(purpose, p -> secrets.secret("signature:" + p));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(data), length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether the signature is genuine (compared in constant time). */
    public boolean verify(String purpose, byte[] data, byte[] signature) {
        return MessageDigest.isEqual(sign(purpose, data, signature.length), signature);
    }
}

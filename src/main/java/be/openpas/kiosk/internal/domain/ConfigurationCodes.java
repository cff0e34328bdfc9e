package be.openpas.kiosk.internal.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Configuration codes of kiosks: the secret an administrator types into a new kiosk to bind its device
 * ({@code PUT /kiosk-devices/setup}). A generated code is 20 characters of Crockford's base32 (100 random bits) in
 * groups of five ({@code K7QJ2-9XH4M-0PZRT-W3C8D}); imported codes have at least 12 characters. Codes are compared
 * without separators, spaces or case, and stored only as a SHA-256 hash: a code is random enough that a slow hash
 * adds nothing, and an exact hash lets the setup find the kiosk by its code (docs/kiosks.md).
 */
public final class ConfigurationCodes {

    public static final int MIN_LENGTH = 12;
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 20;

    private ConfigurationCodes() {}

    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The code as compared: without separators and white space, upper case. */
    public static String normalise(String code) {
        return code.replaceAll("[\\s\\-_.]", "").toUpperCase(Locale.ROOT);
    }

    /** Whether a code (for example an imported one) is long enough to be a secret. */
    public static boolean acceptable(String code) {
        return code != null && normalise(code).length() >= MIN_LENGTH;
    }

    /** The stored form: SHA-256 of the normalised code, in hexadecimal. */
    public static String hash(String code) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(normalise(code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

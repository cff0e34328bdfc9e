package be.openpas.checkin;

import be.openpas.access.Signatures;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The check-in code of an event (what its QR code holds): the event id and an 80-bit HMAC-SHA256 signature under a
 * secret of this installation, in 35 URL-safe characters. Nobody can make a code for an event without the secret, and
 * the same event always has the same code, so a printed sheet stays valid. A code is only <em>accepted</em> while
 * the event's check-in window can still open: after the event's last check-in moment it is
 * {@code checkin-code-expired} (evaluated against the event's current dates, so a postponed event keeps its code).
 */
@Component
public class CheckinCodes {

    private static final String PURPOSE = "checkin-code";
    private static final int SIGNATURE_BYTES = 10;
    private static final int CODE_BYTES = 16 + SIGNATURE_BYTES;

    private final Signatures signatures;

    CheckinCodes(Signatures signatures) {
        this.signatures = signatures;
    }

    /** Where the printable sheets of the check-in codes are served (behind a signed link). */
    public static final String SHEETS = "/files/checkin-codes/";

    public String codeOf(UUID eventId) {
        byte[] id = bytes(eventId);
        ByteBuffer code = ByteBuffer.allocate(CODE_BYTES);
        code.put(id).put(signatures.sign(PURPOSE, id, SIGNATURE_BYTES));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(code.array());
    }

    /** The event of a genuine code; empty for anything else (malformed, altered, or signed elsewhere). */
    public Optional<UUID> eventOf(String code) {
        if (code == null || code.length() > 64) {
            return Optional.empty();
        }
        byte[] decoded;
        try {
            decoded = Base64.getUrlDecoder().decode(code.strip());
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (decoded.length != CODE_BYTES) {
            return Optional.empty();
        }
        byte[] id = Arrays.copyOf(decoded, 16);
        byte[] signature = Arrays.copyOfRange(decoded, 16, CODE_BYTES);
        if (!signatures.verify(PURPOSE, id, signature)) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(id);
        return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }
}

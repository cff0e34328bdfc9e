package be.openpas.passholder;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The id of a passholder: a UUID openpas chose when the passholder registered (or the import gave). */
public record PassholderId(UUID value) {

    public PassholderId {
        Objects.requireNonNull(value, "a passholder id");
    }

    public static PassholderId of(UUID value) {
        return new PassholderId(value);
    }

    /** The id a caller wrote (a path segment, a body field), if it is a UUID at all (anything else names none). */
    public static Optional<PassholderId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PassholderId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package be.openpas.grouppass;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The id of a group pass (the pass of an organisation rather than a person). */
public record GroupPassId(UUID value) {

    public GroupPassId {
        Objects.requireNonNull(value, "a group pass id");
    }

    public static GroupPassId of(UUID value) {
        return new GroupPassId(value);
    }

    /** The id a caller wrote (a path segment, a body field), if it is a UUID at all (anything else names none). */
    public static Optional<GroupPassId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GroupPassId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

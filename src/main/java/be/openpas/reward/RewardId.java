package be.openpas.reward;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The id of a reward (a points or welcome reward). */
public record RewardId(UUID value) {

    public RewardId {
        Objects.requireNonNull(value, "a reward id");
    }

    public static RewardId of(UUID value) {
        return new RewardId(value);
    }

    /** The id a caller wrote (a path segment, a body field), if it is a UUID at all (anything else names none). */
    public static Optional<RewardId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RewardId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

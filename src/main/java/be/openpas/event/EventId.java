package be.openpas.event;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The id of an event: its UiTdatabank UUID. */
public record EventId(UUID value) {

    public EventId {
        Objects.requireNonNull(value, "an event id");
    }

    public static EventId of(UUID value) {
        return new EventId(value);
    }

    /** The id an API caller wrote, if it is a UUID at all (anything else names no event). */
    public static Optional<EventId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EventId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

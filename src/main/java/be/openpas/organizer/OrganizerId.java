package be.openpas.organizer;

import java.util.Objects;
import java.util.UUID;

/** The id of an organizer (a counter): its UiTdatabank UUID. */
public record OrganizerId(UUID value) {

    public OrganizerId {
        Objects.requireNonNull(value, "an organizer id");
    }

    public static OrganizerId of(UUID value) {
        return new OrganizerId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package be.openpas.kiosk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A place where a kiosk stands: an UiTdatabank place id (as in an event's {@code location.id}) and its name. */
public record KioskLocation(
        @NotNull UUID id, @NotBlank @Size(max = 300) String name) {

    public KioskLocation {
        name = name == null ? null : name.strip();
    }
}

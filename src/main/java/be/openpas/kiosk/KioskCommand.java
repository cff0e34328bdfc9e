package be.openpas.kiosk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Create or replace a kiosk. The administration API sends the kiosk's own fields; the import format may also give an
 * {@code id} (create or replace by id), a {@code status}, a {@code configurationCode} (required for a new kiosk there,
 * at least 12 characters; the administration API always generates one) and the {@code deviceId} of a kiosk that was
 * set up in another system.
 */
public record KioskCommand(
        UUID id,

        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._\\-]*", message = "letters, digits, spaces, '.', '_' and '-'")
        String name,

        @NotNull Integer cardSystemId,
        @NotEmpty List<@NotNull UUID> organizerIds,
        List<@Valid @NotNull KioskLocation> locations,
        ReleaseTrack releaseTrack,
        KioskStatus status,
        @Size(max = 100) String configurationCode,
        @Size(max = 200) String deviceId) {

    public KioskCommand {
        name = name == null ? null : name.strip();
        organizerIds =
                organizerIds == null ? null : organizerIds.stream().distinct().toList();
        locations = locations == null ? List.of() : List.copyOf(locations);
        releaseTrack = releaseTrack == null ? ReleaseTrack.STABLE : releaseTrack;
        status = status == null ? KioskStatus.ACTIVE : status;
        configurationCode = configurationCode == null || configurationCode.isBlank() ? null : configurationCode;
        deviceId = deviceId == null || deviceId.isBlank() ? null : deviceId.strip();
    }

    public KioskCommand withId(UUID newId) {
        return new KioskCommand(
                newId, name, cardSystemId, organizerIds, locations, releaseTrack, status, configurationCode, deviceId);
    }
}

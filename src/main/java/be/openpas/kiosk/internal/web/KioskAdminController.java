package be.openpas.kiosk.internal.web;

import be.openpas.access.Access;
import be.openpas.kiosk.CreatedKiosk;
import be.openpas.kiosk.KioskCommand;
import be.openpas.kiosk.KioskLocation;
import be.openpas.kiosk.KioskStatus;
import be.openpas.kiosk.KioskView;
import be.openpas.kiosk.Kiosks;
import be.openpas.kiosk.ReleaseTrack;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration of kiosks (administrator clients only): list, create (the answer shows the configuration code once),
 * read, replace, delete, block and unblock, and reset the device (unbinds it and shows a new configuration code).
 */
@RestController
class KioskAdminController {

    /** A kiosk as an administrator writes it. */
    record KioskBody(
            @NotBlank
            @Size(max = 100)
            @Pattern(
                    regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._\\-]*",
                    message = "letters, digits, spaces, '.', '_' and '-'")
            String name,

            @NotNull Integer cardSystemId,
            @NotEmpty List<@NotNull UUID> organizerIds,
            List<@Valid @NotNull KioskLocation> locations,
            ReleaseTrack releaseTrack) {

        KioskCommand command() {
            return new KioskCommand(null, name, cardSystemId, organizerIds, locations, releaseTrack, null, null, null);
        }
    }

    /** A kiosk for administrators; {@code configurationCode} only right after creation or a device reset. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AdminKiosk(
            UUID id,
            String name,
            int cardSystemId,
            List<UUID> organizerIds,
            List<KioskLocation> locations,
            ReleaseTrack releaseTrack,
            KioskStatus status,
            String deviceId,
            OffsetDateTime configuredAt,
            UUID fixedEventId,
            OffsetDateTime createdAt,
            String configurationCode) {

        static AdminKiosk of(KioskView kiosk, String configurationCode) {
            return new AdminKiosk(
                    kiosk.id(),
                    kiosk.name(),
                    kiosk.cardSystemId(),
                    kiosk.organizerIds(),
                    kiosk.locations(),
                    kiosk.releaseTrack(),
                    kiosk.status(),
                    kiosk.deviceId(),
                    kiosk.configuredAt(),
                    kiosk.fixedEventId(),
                    kiosk.createdAt(),
                    configurationCode);
        }

        static AdminKiosk of(KioskView kiosk) {
            return of(kiosk, null);
        }
    }

    private final Kiosks kiosks;
    private final Access access;

    KioskAdminController(Kiosks kiosks, Access access) {
        this.kiosks = kiosks;
        this.access = access;
    }

    @GetMapping("/admin/kiosks")
    Page<AdminKiosk> list(
            @RequestParam(required = false) Integer cardSystemId,
            @RequestParam(required = false) UUID organizerId,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit) {
        access.requireAdmin();
        return kiosks.search(
                        cardSystemId,
                        organizerId == null ? null : Set.of(organizerId),
                        false,
                        PageRequest.of(start, limit))
                .map(AdminKiosk::of);
    }

    @PostMapping("/admin/kiosks")
    ResponseEntity<AdminKiosk> create(@Valid @RequestBody KioskBody body) {
        access.requireAdmin();
        CreatedKiosk created = kiosks.create(body.command());
        return ResponseEntity.created(
                        URI.create("/admin/kiosks/" + created.kiosk().id()))
                .body(AdminKiosk.of(created.kiosk(), created.configurationCode()));
    }

    @GetMapping("/admin/kiosks/{id}")
    AdminKiosk get(@PathVariable UUID id) {
        access.requireAdmin();
        return AdminKiosk.of(kiosks.get(id));
    }

    @PutMapping("/admin/kiosks/{id}")
    AdminKiosk update(@PathVariable UUID id, @Valid @RequestBody KioskBody body) {
        access.requireAdmin();
        return AdminKiosk.of(kiosks.update(id, body.command()));
    }

    @DeleteMapping("/admin/kiosks/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        access.requireAdmin();
        kiosks.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/admin/kiosks/{id}/block")
    AdminKiosk block(@PathVariable UUID id) {
        access.requireAdmin();
        return AdminKiosk.of(kiosks.block(id));
    }

    @PostMapping("/admin/kiosks/{id}/unblock")
    AdminKiosk unblock(@PathVariable UUID id) {
        access.requireAdmin();
        return AdminKiosk.of(kiosks.unblock(id));
    }

    @PostMapping("/admin/kiosks/{id}/reset-device")
    AdminKiosk resetDevice(@PathVariable UUID id) {
        access.requireAdmin();
        CreatedKiosk reset = kiosks.resetDevice(id);
        return AdminKiosk.of(reset.kiosk(), reset.configurationCode());
    }
}

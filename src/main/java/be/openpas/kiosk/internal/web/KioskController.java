package be.openpas.kiosk.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.kiosk.KioskView;
import be.openpas.kiosk.Kiosks;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contract's kiosk operations for organizers ({@code CLIENT_ACCESS_TOKEN}): the kiosks in service and their fixed
 * event. A client needs {@code KIOSKS_READ} / {@code KIOSKS_WRITE} for one of the kiosk's organizers.
 */
@RestController
class KioskController {

    record KioskDeviceEventRequest(String id) {}

    private final Kiosks kiosks;
    private final KioskResponses responses;
    private final Access access;

    KioskController(Kiosks kiosks, KioskResponses responses, Access access) {
        this.kiosks = kiosks;
        this.responses = responses;
        this.access = access;
    }

    /** Active kiosks whose device has been set up, of one organizer or of every organizer the client may read. */
    @GetMapping("/kiosks")
    Page<KioskResponses.KioskDevice> list(
            @RequestParam(required = false) String organizerId,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit) {
        PageRequest page = PageRequest.of(start, limit);
        Set<UUID> organizers;
        if (organizerId != null) {
            UUID id;
            try {
                id = UUID.fromString(organizerId.strip());
            } catch (IllegalArgumentException notAUuid) {
                throw new ApiProblem(ProblemType.URL_QUERY_PARAMETER_INVALID, "organizerId must be an organizer id.");
            }
            access.require(Permission.KIOSKS_READ, id);
            organizers = Set.of(id);
        } else {
            organizers = access.requireAny(Permission.KIOSKS_READ);
        }
        return kiosks.search(null, organizers, true, page).map(responses::device);
    }

    @GetMapping("/kiosks/{kioskId}/fixed-event")
    KioskResponses.KioskDeviceEvent fixedEvent(@PathVariable String kioskId) {
        KioskView kiosk = kiosks.byPathId(kioskId);
        require(Permission.KIOSKS_READ, kiosk);
        return kiosks.fixedEvent(kiosk).map(responses::event).orElseThrow(() -> noFixedEvent(kiosk));
    }

    @PutMapping("/kiosks/{kioskId}/fixed-event")
    ResponseEntity<Void> setFixedEvent(@PathVariable String kioskId, @RequestBody KioskDeviceEventRequest body) {
        KioskView kiosk = kiosks.byPathId(kioskId);
        require(Permission.KIOSKS_WRITE, kiosk);
        kiosks.setFixedEvent(kiosk.id(), eventId(body));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/kiosks/{kioskId}/fixed-event")
    ResponseEntity<Void> clearFixedEvent(@PathVariable String kioskId) {
        KioskView kiosk = kiosks.byPathId(kioskId);
        require(Permission.KIOSKS_WRITE, kiosk);
        if (!kiosks.clearFixedEvent(kiosk.id())) {
            throw noFixedEvent(kiosk);
        }
        return ResponseEntity.noContent().build();
    }

    static String eventId(KioskDeviceEventRequest body) {
        if (body.id() == null || body.id().isBlank()) {
            throw ApiProblem.invalidData("/id", "must not be blank");
        }
        return body.id().strip();
    }

    static ApiProblem noFixedEvent(KioskView kiosk) {
        return new ApiProblem(
                KioskProblems.EVENT_NOT_FOUND.withStatus(404),
                "Kiosk " + kiosk.name() + " has no fixed event; it detects its event itself.");
    }

    /** The contract: the permission "for the organizer of the kiosk"; a kiosk of several organizers needs one. */
    private void require(Permission permission, KioskView kiosk) {
        if (kiosk.organizerIds().stream().noneMatch(organizer -> access.has(permission, organizer))) {
            throw new Forbidden("The client lacks permission " + permission + " for the organizers of this kiosk.")
                    .exception();
        }
    }
}

package be.openpas.kiosk.internal.web;

import be.openpas.access.Access;
import be.openpas.access.KioskCaller;
import be.openpas.checkin.Checkins;
import be.openpas.kiosk.KioskView;
import be.openpas.kiosk.Kiosks;
import be.openpas.kiosk.NoOpenEvent;
import be.openpas.kiosk.internal.KioskCheckins;
import be.openpas.passholder.NoPassholderWithCard;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.RefusalStatus;
import be.openpas.shared.problem.SchemaError;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contract's operations for kiosk devices themselves ({@code CUSTOM_TOKEN}: {@code x-custom-token} is the device
 * id, or the configuration code for the setup; {@code KioskDeviceFilter} authenticates it): setup, the kiosk, its fixed
 * event, the current event, check-ins by chip number and a card's points.
 */
@RestController
class KioskDeviceController {

    record KioskDeviceSetup(String name, String deviceId) {}

    record KioskDeviceCheckinRequest(String chipNumber) {}

    record KioskDeviceCheckinResponse(int newPoints, int totalPoints) {}

    record KioskPass(int totalPoints) {}

    private final Kiosks kiosks;
    private final KioskCheckins kioskCheckins;
    private final KioskResponses responses;
    private final Access access;

    KioskDeviceController(Kiosks kiosks, KioskCheckins kioskCheckins, KioskResponses responses, Access access) {
        this.kiosks = kiosks;
        this.kioskCheckins = kioskCheckins;
        this.responses = responses;
        this.access = access;
    }

    @PutMapping("/kiosk-devices/setup")
    KioskResponses.KioskDevice setup(@RequestBody KioskDeviceSetup body) {
        List<SchemaError> errors = new ArrayList<>();
        if (body.name() == null || body.name().isBlank()) {
            errors.add(new SchemaError("/name", "must not be blank"));
        }
        if (body.deviceId() == null || body.deviceId().isBlank()) {
            errors.add(new SchemaError("/deviceId", "must not be blank"));
        } else if (body.deviceId().strip().length() > 200) {
            errors.add(new SchemaError("/deviceId", "must have at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidData(errors);
        }
        KioskCaller caller = access.kioskCaller();
        return responses.device(
                kiosks.setup(caller.kioskId(), body.name(), body.deviceId().strip()));
    }

    @GetMapping("/kiosk-devices")
    KioskResponses.KioskDevice kiosk() {
        return responses.device(kiosk(access.kioskCaller()));
    }

    @GetMapping("/kiosk-devices/events")
    KioskResponses.KioskDeviceEvent fixedEvent() {
        KioskView kiosk = kiosk(access.kioskCaller());
        return kiosks.fixedEvent(kiosk).map(responses::event).orElseThrow(() -> KioskController.noFixedEvent(kiosk));
    }

    @PutMapping("/kiosk-devices/events")
    ResponseEntity<Void> setFixedEvent(@RequestBody KioskController.KioskDeviceEventRequest body) {
        KioskView kiosk = kiosk(access.kioskCaller());
        kiosks.setFixedEvent(kiosk.id(), KioskController.eventId(body));
        return ResponseEntity.noContent().build();
    }

    /** Always 204 (the contract declares no 404 here): without a fixed event the kiosk detects its event anyway. */
    @DeleteMapping("/kiosk-devices/events")
    ResponseEntity<Void> clearFixedEvent() {
        kiosks.clearFixedEvent(kiosk(access.kioskCaller()).id());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/kiosk-devices/checkins")
    @RefusalStatus(value = NoOpenEvent.class, status = 404)
    KioskResponses.KioskDeviceEvent currentEvent() {
        return responses.event(kioskCheckins.requireCurrentEvent(kiosk(access.kioskCaller())));
    }

    @PostMapping("/kiosk-devices/checkins")
    KioskDeviceCheckinResponse checkIn(@RequestBody KioskDeviceCheckinRequest body) {
        if (body.chipNumber() == null || body.chipNumber().isBlank()) {
            throw ApiProblem.invalidData("/chipNumber", "must not be blank");
        }
        Checkins.Result result = kioskCheckins
                .checkIn(kiosk(access.kioskCaller()), body.chipNumber())
                .orElseThrow();
        return new KioskDeviceCheckinResponse(result.checkin().points(), result.totalPoints());
    }

    @GetMapping("/kiosk-devices/chip-numbers/{chipNumber}")
    @RefusalStatus(value = NoPassholderWithCard.class, status = 404)
    KioskPass points(@PathVariable String chipNumber) {
        kiosk(access.kioskCaller());
        return new KioskPass(kioskCheckins.totalPoints(chipNumber));
    }

    private KioskView kiosk(KioskCaller caller) {
        return kiosks.get(caller.kioskId());
    }
}

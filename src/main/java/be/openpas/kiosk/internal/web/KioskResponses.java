package be.openpas.kiosk.internal.web;

import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemReference;
import be.openpas.cardsystem.CardSystems;
import be.openpas.checkin.CheckinCodes;
import be.openpas.event.EventId;
import be.openpas.event.EventView;
import be.openpas.event.UitpasEvents;
import be.openpas.kiosk.KioskLocation;
import be.openpas.kiosk.KioskView;
import be.openpas.organizer.OrganizerSummary;
import be.openpas.organizer.Organizers;
import java.util.List;
import org.springframework.stereotype.Component;

/** Kiosks and their events in the contract's shapes. */
@Component
class KioskResponses {

    /** The contract's {@code KioskDevice}; the card system as id and name (docs/contract-deviations.md). */
    record KioskDevice(
            String id,
            String name,
            List<OrganizerSummary> organizers,
            List<KioskLocation> locations,
            String deviceId,
            CardSystemReference cardSystem,
            String releaseTrack) {}

    /** The contract's {@code KioskDeviceEvent}. */
    record KioskDeviceEvent(int checkinPoints, EventReference event, String checkinCode) {}

    record EventReference(String id, String title) {}

    private final Organizers organizers;
    private final CardSystems cardSystems;
    private final UitpasEvents uitpasEvents;
    private final CheckinCodes checkinCodes;

    KioskResponses(
            Organizers organizers, CardSystems cardSystems, UitpasEvents uitpasEvents, CheckinCodes checkinCodes) {
        this.organizers = organizers;
        this.cardSystems = cardSystems;
        this.uitpasEvents = uitpasEvents;
        this.checkinCodes = checkinCodes;
    }

    KioskDevice device(KioskView kiosk) {
        return new KioskDevice(
                kiosk.id().toString(),
                kiosk.name(),
                organizers.summaries(kiosk.organizerIds()),
                kiosk.locations(),
                kiosk.deviceId(),
                cardSystems
                        .find(CardSystemId.of(kiosk.cardSystemId()))
                        .map(CardSystemReference::of)
                        .orElseGet(() -> new CardSystemReference(kiosk.cardSystemId(), "")),
                kiosk.releaseTrack().value());
    }

    KioskDeviceEvent event(EventView event) {
        return new KioskDeviceEvent(
                uitpasEvents.settings(EventId.of(event.id())).checkinPoints(),
                new EventReference(event.id().toString(), event.displayName()),
                checkinCodes.codeOf(event.id()));
    }
}

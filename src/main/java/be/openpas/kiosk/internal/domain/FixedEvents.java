package be.openpas.kiosk.internal.domain;

import be.openpas.checkin.CheckinNotAllowed;
import be.openpas.kiosk.EventNotAcceptable;
import be.openpas.kiosk.KioskView;
import java.util.Optional;
import java.util.UUID;

/**
 * Which event may be a kiosk's fixed event (docs/kiosks.md): one organized by one of the kiosk's organizers or at
 * one of its locations, where check-ins are still possible (not ended, not cancelled). It may lie in the future: until
 * check-in opens there the kiosk keeps detecting its event. When an administrator changes the kiosk's organizers or
 * locations, a fixed event they no longer accept is dropped.
 */
public final class FixedEvents {

    private FixedEvents() {}

    /**
     * Why the event cannot be the kiosk's fixed event, or empty when it can.
     *
     * @param windowNow why nobody can check in at the event now (the check-in window), empty when one can
     */
    public static Optional<EventNotAcceptable.Why> refusal(
            KioskView kiosk, UUID organizerId, UUID placeId, Optional<CheckinNotAllowed> windowNow) {
        if (!kiosk.accepts(organizerId, placeId)) {
            return Optional.of(EventNotAcceptable.Why.NOT_OF_THE_KIOSK);
        }
        return windowNow.flatMap(refusal -> switch (refusal.reason()) {
            case EVENT_ENDED -> Optional.of(EventNotAcceptable.Why.ENDED);
            case EVENT_CANCELLED -> Optional.of(EventNotAcceptable.Why.CANCELLED);
            default -> Optional.empty();
        });
    }

    /** Whether the kiosk, after its organizers or places changed, keeps a fixed event of this organizer and place. */
    public static boolean kept(KioskView changed, UUID organizerId, UUID placeId) {
        return changed.accepts(organizerId, placeId);
    }
}

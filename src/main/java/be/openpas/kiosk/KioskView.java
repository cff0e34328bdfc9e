package be.openpas.kiosk;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A kiosk: its name, card system, organizers, places, release track and status, the device bound at setup (null
 * until then) and the fixed event (null: the kiosk detects its event).
 */
public record KioskView(
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
        OffsetDateTime createdAt) {

    public KioskView {
        organizerIds = List.copyOf(organizerIds);
        locations = List.copyOf(locations);
    }

    public boolean configured() {
        return deviceId != null;
    }

    /** Whether an event of this organizer at this place (either may be null) may be this kiosk's event. */
    public boolean accepts(UUID organizerId, UUID placeId) {
        return (organizerId != null && organizerIds.contains(organizerId))
                || (placeId != null && locations.stream().anyMatch(l -> l.id().equals(placeId)));
    }

    public List<UUID> placeIds() {
        return locations.stream().map(KioskLocation::id).toList();
    }
}

package be.openpas.kiosk.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.checkin.CheckinNotAllowed;
import be.openpas.kiosk.EventNotAcceptable;
import be.openpas.kiosk.KioskLocation;
import be.openpas.kiosk.KioskStatus;
import be.openpas.kiosk.KioskView;
import be.openpas.kiosk.ReleaseTrack;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which event may be a kiosk's fixed event (docs/kiosks.md). */
class FixedEventsTests {

    static final UUID POOL = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID LIBRARY = UUID.fromString("00000000-0000-4000-8000-000000000002");
    static final UUID SPORTS_HALL = UUID.fromString("00000000-0000-4000-8000-000000000003");

    static final KioskView KIOSK = new KioskView(
            UUID.randomUUID(),
            "CID-TEST-001",
            1,
            List.of(POOL),
            List.of(new KioskLocation(SPORTS_HALL, "Sporthal")),
            ReleaseTrack.STABLE,
            KioskStatus.ACTIVE,
            null,
            null,
            null,
            OffsetDateTime.parse("2026-01-01T00:00:00+01:00"));

    @Test
    void acceptsAnOpenEventOfOneOfTheKiosksOrganizers() {
        assertThat(FixedEvents.refusal(KIOSK, POOL, null, Optional.empty())).isEmpty();
    }

    @Test
    void acceptsAnEventOfAnyOrganizerAtOneOfTheKiosksLocations() {
        assertThat(FixedEvents.refusal(KIOSK, LIBRARY, SPORTS_HALL, Optional.empty()))
                .isEmpty();
    }

    @Test
    void refusesAnEventElsewhereOfAnotherOrganizer() {
        assertThat(FixedEvents.refusal(KIOSK, LIBRARY, null, Optional.empty()))
                .contains(EventNotAcceptable.Why.NOT_OF_THE_KIOSK);
    }

    @Test
    void acceptsAnEventThatHasNotOpenedYet() {
        Optional<CheckinNotAllowed> notYet =
                Optional.of(CheckinNotAllowed.notYet(OffsetDateTime.parse("2027-01-01T15:00:00+01:00")));

        assertThat(FixedEvents.refusal(KIOSK, POOL, null, notYet)).isEmpty();
        assertThat(FixedEvents.refusal(
                        KIOSK, POOL, null, Optional.of(new CheckinNotAllowed(CheckinNotAllowed.Reason.CLOSED))))
                .isEmpty();
    }

    @Test
    void refusesAnEventThatEndedOrIsCancelled() {
        assertThat(FixedEvents.refusal(
                        KIOSK, POOL, null, Optional.of(new CheckinNotAllowed(CheckinNotAllowed.Reason.EVENT_ENDED))))
                .contains(EventNotAcceptable.Why.ENDED);
        assertThat(FixedEvents.refusal(
                        KIOSK,
                        POOL,
                        null,
                        Optional.of(new CheckinNotAllowed(CheckinNotAllowed.Reason.EVENT_CANCELLED))))
                .contains(EventNotAcceptable.Why.CANCELLED);
    }

    @Test
    void aKioskWhoseOrganizersChangeDropsAFixedEventItNoLongerAccepts() {
        assertThat(FixedEvents.kept(KIOSK, POOL, null)).isTrue();
        assertThat(FixedEvents.kept(KIOSK, LIBRARY, null)).isFalse();
    }
}

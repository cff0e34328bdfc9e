package be.openpas.kiosk.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.kiosk.KioskAlreadyConfigured;
import be.openpas.kiosk.KioskNotFound;
import be.openpas.kiosk.KioskStatus;
import be.openpas.kiosk.KioskView;
import be.openpas.kiosk.ReleaseTrack;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The setup of a kiosk device with its configuration code (docs/kiosks.md). */
class KioskSetupTests {

    static KioskView kiosk(String deviceId) {
        return new KioskView(
                UUID.randomUUID(),
                "CID-WML-001",
                1,
                List.of(UUID.randomUUID()),
                List.of(),
                ReleaseTrack.STABLE,
                KioskStatus.ACTIVE,
                deviceId,
                deviceId == null ? null : OffsetDateTime.parse("2026-01-01T10:00:00+01:00"),
                null,
                OffsetDateTime.parse("2026-01-01T00:00:00+01:00"));
    }

    @Test
    void setsUpAKioskUnderItsOwnNameCaseAndSpacesAside() {
        assertThat(KioskSetup.refusal(kiosk(null), " cid-wml-001 ")).isEmpty();
    }

    @Test
    void refusesTheNameOfAnotherKioskWithoutRevealingIt() {
        assertThat(KioskSetup.refusal(kiosk(null), "CID-BRD-001")).contains(KioskNotFound.named("CID-BRD-001"));
        assertThat(KioskSetup.refusal(null, "CID-WML-001")).contains(KioskNotFound.named("CID-WML-001"));
    }

    @Test
    void refusesASecondSetupAlsoOfTheSameDevice() {
        KioskView configured = kiosk("device-1");

        assertThat(KioskSetup.refusal(configured, "CID-WML-001"))
                .contains(new KioskAlreadyConfigured(configured.id(), configured.name()));
    }
}

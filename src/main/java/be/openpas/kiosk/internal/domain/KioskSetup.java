package be.openpas.kiosk.internal.domain;

import be.openpas.kiosk.KioskAlreadyConfigured;
import be.openpas.kiosk.KioskNotFound;
import be.openpas.kiosk.KioskView;
import be.openpas.shared.refusal.Refusal;
import java.util.Optional;

/**
 * The setup of a kiosk device ({@code PUT /kiosk-devices/setup}, docs/kiosks.md): the name given must be the name of
 * the kiosk whose configuration code authenticated the call, case aside ({@code kiosk-not-found} otherwise: a code does
 * not reveal other kiosks), and a kiosk is set up once ({@code kiosk-already-configured}, also for the same device: an
 * administrator resets it). That a device id serves one kiosk is checked against the stored kiosks.
 */
public final class KioskSetup {

    private KioskSetup() {}

    /** Why this kiosk (null: it no longer exists) cannot be set up under this name, or empty when it can. */
    public static Optional<Refusal> refusal(KioskView kiosk, String name) {
        String given = name.strip();
        if (kiosk == null || !kiosk.name().equalsIgnoreCase(given)) {
            return Optional.of(KioskNotFound.named(given));
        }
        if (kiosk.configured()) {
            return Optional.of(new KioskAlreadyConfigured(kiosk.id(), kiosk.name()));
        }
        return Optional.empty();
    }
}

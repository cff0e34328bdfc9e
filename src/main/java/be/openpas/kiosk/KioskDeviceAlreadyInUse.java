package be.openpas.kiosk;

import be.openpas.shared.refusal.Refusal;

/** {@code kiosk-device-already-in-use}: a device id serves one kiosk, and another kiosk was set up with this one. */
public record KioskDeviceAlreadyInUse() implements Refusal {

    @Override
    public String slug() {
        return "kiosk-device-already-in-use";
    }
}

package be.openpas.access;

import java.util.UUID;

/**
 * A kiosk device calling {@code /kiosk-devices/**} with {@code x-custom-token}: with the device id it was set up with
 * ({@link Credential#DEVICE_ID}), or, only for the setup itself, with the kiosk's configuration code.
 */
public record KioskCaller(UUID kioskId, String name, Credential credential) {

    public enum Credential {
        DEVICE_ID,
        CONFIGURATION_CODE
    }
}

package be.openpas.access;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the access module finds the kiosk behind an {@code x-custom-token} (the contract's {@code CUSTOM_TOKEN} on
 * {@code /kiosk-devices/**}). Implemented by the kiosk module, so that access does not depend on it (as with
 * {@link GrantSource}). Without an implementation every kiosk device request is unauthorized.
 */
public interface KioskDeviceSource {

    /** The kiosk whose device was set up with this device id. */
    Optional<KioskIdentity> byDeviceId(String deviceId);

    /**
     * The kiosk with this configuration code, for {@code PUT /kiosk-devices/setup}. Implementations rate-limit this
     * lookup (it is where a configuration code could be guessed) and may throw the rate-limited problem.
     */
    Optional<KioskIdentity> byConfigurationCode(String configurationCode);

    /** A kiosk as far as authentication needs it; a blocked kiosk is refused (403). */
    record KioskIdentity(UUID kioskId, String name, boolean blocked) {}
}

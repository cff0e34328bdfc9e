package be.openpas.kiosk.internal;

import be.openpas.access.KioskDeviceSource;
import be.openpas.kiosk.KioskStatus;
import be.openpas.kiosk.KioskView;
import be.openpas.kiosk.Kiosks;
import be.openpas.shared.ratelimit.RateLimits;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the access module which kiosk an {@code x-custom-token} belongs to. Setup attempts (configuration codes) are
 * rate-limited per IP address, as the contract says, so that codes cannot be guessed.
 */
@Component
class KioskDevices implements KioskDeviceSource {

    private final Kiosks kiosks;
    private final RateLimits rateLimits;
    private final int setupsPerAddressPerMinute;

    KioskDevices(
            Kiosks kiosks,
            RateLimits rateLimits,
            @Value("${openpas.rate-limits.kiosk-setup-per-address-per-minute:10}") int setupsPerAddressPerMinute) {
        this.kiosks = kiosks;
        this.rateLimits = rateLimits;
        this.setupsPerAddressPerMinute = setupsPerAddressPerMinute;
    }

    @Override
    public Optional<KioskIdentity> byDeviceId(String deviceId) {
        return kiosks.findByDeviceId(deviceId).map(KioskDevices::identity);
    }

    @Override
    public Optional<KioskIdentity> byConfigurationCode(String configurationCode) {
        rateLimits.consume(
                "kiosk-setup|address|" + RateLimits.clientAddress(), setupsPerAddressPerMinute, "kiosk setups");
        return kiosks.findByConfigurationCode(configurationCode).map(KioskDevices::identity);
    }

    private static KioskIdentity identity(KioskView kiosk) {
        return new KioskIdentity(kiosk.id(), kiosk.name(), kiosk.status() == KioskStatus.BLOCKED);
    }
}

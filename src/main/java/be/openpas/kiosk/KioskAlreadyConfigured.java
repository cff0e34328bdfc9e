package be.openpas.kiosk;

import be.openpas.shared.refusal.Refusal;
import java.util.UUID;

/** {@code kiosk-already-configured}: a kiosk is set up once; an administrator resets its device to set it up again. */
public record KioskAlreadyConfigured(UUID kioskId, String name) implements Refusal {

    @Override
    public String slug() {
        return "kiosk-already-configured";
    }
}

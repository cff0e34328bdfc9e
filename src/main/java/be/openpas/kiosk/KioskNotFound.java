package be.openpas.kiosk;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code kiosk-not-found}: no kiosk has this id ({@code kioskId}; the contract answers {@code url/not-found} on
 * {@code /kiosks/{kioskId}/...}), or, at the setup, the kiosk whose configuration code was given is not named
 * {@code name} (a code does not reveal other kiosks).
 */
public record KioskNotFound(String kioskId, String name) implements Refusal {

    /** No kiosk has this id (asked for in the path). */
    public static KioskNotFound withId(Object kioskId) {
        return new KioskNotFound(String.valueOf(kioskId), null);
    }

    /** The setup names another kiosk than the one of the configuration code. */
    public static KioskNotFound named(String name) {
        return new KioskNotFound(null, name);
    }

    /** Whether the kiosk was looked for by the name given at its setup. */
    public boolean byName() {
        return name != null;
    }

    @Override
    public String slug() {
        return "kiosk-not-found";
    }
}

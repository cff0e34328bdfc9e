package be.openpas.kiosk;

/** A kiosk with its new configuration code, shown this once: only its hash is stored. */
public record CreatedKiosk(KioskView kiosk, String configurationCode) {}

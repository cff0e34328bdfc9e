package be.openpas.kiosk;

/**
 * Whether a kiosk may be used. A BLOCKED kiosk (stolen, misused, out of service) is refused on every device request
 * (403) and not listed by {@code GET /kiosks}; unblocking makes it work again with the same device.
 */
public enum KioskStatus {
    ACTIVE,
    BLOCKED
}

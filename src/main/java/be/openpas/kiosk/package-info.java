/**
 * Kiosks (domain.md 2.16): self-service check-in pillars ("zuilen", CID) at swimming pools, libraries and cultural
 * centres, where passholders save points with their card's chip. A kiosk belongs to a card system and one or more
 * organizers, stands at UiTdatabank places, and checks in at its current event: the fixed event while check-in is
 * open there, otherwise the open event of its organizers and places with the nearest start (docs/kiosks.md).
 *
 * <p>Serves the contract's {@code /kiosks} (organizers, {@code KIOSKS_READ}/{@code KIOSKS_WRITE}) and
 * {@code /kiosk-devices} (the devices, authenticated with {@code x-custom-token} by this module's own filter chain,
 * as the access module's {@code KioskCaller}), and {@code /admin/kiosks}. Check-ins go through the
 * {@code checkin} module (channel KIOSK, with the kiosk's id). Owns tables {@code kiosk}, {@code kiosk_organizer},
 * {@code kiosk_location}.
 */
package be.openpas.kiosk;

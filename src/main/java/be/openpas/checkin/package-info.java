/**
 * Check-ins (domain.md 2.11, 3.6): a passholder saves points by checking in at an UiTPAS event, at a counter
 * ({@code POST /checkins} with the UiTPAS number), by scanning the event's check-in code ({@code POST
 * /passholders/{id}/checkins}) or at a kiosk (the kiosk module). A check-in is allowed only inside the event's window
 * (per card system, 5 hours before and after by default; opening hours for periodic and permanent events), at most
 * the event's check-in limit per calendar period, with an active card and an active membership; group passes cannot
 * check in. It earns the event's check-in points, recorded in the points ledger in the same transaction.
 *
 * <p>Also: {@code GET /checkin-status} (the same verdict without side effects), the signed check-in code of an event
 * and its printable QR sheet ({@code GET /events/{id}/qr-checkincodes/download-link}). Owns table {@code checkin}.
 */
package be.openpas.checkin;

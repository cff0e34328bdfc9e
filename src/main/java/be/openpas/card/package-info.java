/**
 * UiTPAS cards: numbers (13 digits, Luhn, kansenpas digit), chip numbers, card types and statuses, and the card stock
 * of a card system: batches of generated numbers, chip numbers from the supplier's CSV, packages sent to a counter
 * whose receipt makes them LOCAL_STOCK, activation at registration, blocking.
 *
 * <p>Serves {@code GET /cards} and {@code /admin/cards}. Owns tables {@code card}, {@code card_package},
 * {@code card_number_sequence}.
 */
package be.openpas.card;

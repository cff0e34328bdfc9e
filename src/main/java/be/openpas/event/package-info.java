/**
 * The event catalogue. UiTPAS takes its events from UiTdatabank; openpas keeps its own catalogue in an
 * UiTdatabank-like shape (multilingual name and description, organizer, location, calendar, price categories,
 * audience, terms and labels, booking information) and imports UiTdatabank JSON-LD. Events of organizers that take
 * part in a card system are UiTPAS events.
 *
 * <p>Serves {@code /admin/events}. Owns tables {@code event}, {@code event_text}, {@code event_sub_event},
 * {@code event_opening_hours}, {@code event_price}, {@code event_term}, {@code event_label}.
 */
package be.openpas.event;

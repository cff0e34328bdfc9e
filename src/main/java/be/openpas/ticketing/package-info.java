/**
 * Tariffs and ticket sales: what a holder pays for an event (the kansentarief by a distribution key, or a coupon),
 * the registration of sales all or nothing with limits per passholder and calendar period and group-pass budgets,
 * cancellation and search (domain.md 2.9, 3.1–3.5, 3.12). Every sale keeps the amount each payer pays, for the
 * financial reports.
 *
 * <p>Serves {@code GET /tariffs}, {@code GET /tariffs/static}, {@code POST/GET /ticket-sales} and
 * {@code DELETE /ticket-sales/{id}}. In the transaction of a sale it tells the group passes the tickets a group pass
 * used (and gives them back on cancellation) and the events their first sale; no module asks it back. Refuses with the
 * values of this package ({@link be.openpas.ticketing.MaximumReached}, ...), which {@code internal.web} maps to the
 * contract's problems. Owns tables {@code ticket_sale}, {@code ticket_sale_share}, {@code ticket_sale_lock} and
 * {@code ticket_sale_request}.
 */
package be.openpas.ticketing;

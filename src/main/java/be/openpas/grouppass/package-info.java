/**
 * Group passes: an UiTPAS card held by an organisation (a welfare association, a school group) instead of a person
 * (domain.md 2.13, 3.12). A group pass has a card of a card system, an address in that card system's region, an
 * optional kansenstatuut end date and a yearly budget of kansentarief tickets that resets on 1 January (Brussels
 * time). Group passes cannot check in or redeem rewards; they only buy tickets. Administrators create them (admin API
 * and import).
 *
 * <p>Serves {@code GET /grouppasses}, {@code GET /grouppasses/{id}} and {@code /admin/grouppasses}. Publishes the
 * facade {@link be.openpas.grouppass.GroupPasses}; keeps the tickets each group pass used per budget year, which the
 * ticket sales report in the transaction of a sale or a cancellation ({@code useTickets}, {@code returnTickets}), so
 * the group passes never ask the ticket sales back. The budget's rules are in {@code internal.domain.TicketBudget}.
 * Owns tables {@code grouppass} and {@code grouppass_ticket_use}.
 */
package be.openpas.grouppass;

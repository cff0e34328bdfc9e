/**
 * Group passes: an UiTPAS card held by an organisation (a welfare association, a school group) instead of a person
 * (domain.md 2.13, 3.12). A group pass has a card of a card system, an address in that card system's region, an
 * optional kansenstatuut end date and a yearly budget of kansentarief tickets that resets on 1 January (Brussels
 * time). Group passes cannot check in or redeem rewards; they only buy tickets. Administrators create them (admin API
 * and import).
 *
 * <p>Serves {@code GET /grouppasses}, {@code GET /grouppasses/{id}} and {@code /admin/grouppasses}. Publishes the
 * facade {@link be.openpas.grouppass.GroupPasses} and asks a {@link be.openpas.grouppass.GroupPassUsage} (implemented
 * by the ticket sales, which own the sold tickets) how many tickets a group pass used in a year. Owns table
 * {@code grouppass}.
 */
package be.openpas.grouppass;

/**
 * Passholders: the people who hold an UiTPAS. Registration (with INSZ, card and kansenstatuut checks), lookups by
 * id, UiTPAS number, INSZ or chip number (passes), memberships of card systems with their kansenstatuut and cards
 * over time (upgrade, replacement, blocking), family lists, school link, picture, and deletion that keeps only
 * anonymised history (see docs/privacy.md).
 *
 * <p>Serves the contract's Passholders, Passholder Family and Schools operations, {@code GET /cards/social-tariff/...},
 * {@code /admin/passholders}, and the points of a passholder from the {@code points} ledger ({@code GET
 * /passholders/{id}/transactions}, {@code /admin/passholders/{id}/points} and corrections). Publishes {@code
 * MembershipStarted} and grants a card system's welcome points on it, in the same transaction. Owns tables {@code passholder}, {@code passholder_membership},
 * {@code passholder_card_history}, {@code passholder_family_member}, {@code passholder_picture}.
 */
package be.openpas.passholder;

/**
 * The points ledger (domain.md 2.19, 3.6–3.8): every change of a passholder's points balance is an immutable entry
 * (a check-in, welcome points, a redemption, a cancelled redemption, or an administrator's correction with a reason).
 * The balance is kept beside the ledger in the same transaction, is never negative, always equals the sum of the
 * entries, and belongs to the passholder (not to a card), so it survives card replacement.
 *
 * <p>Serves {@code GET /passholders/{id}/transactions} and {@code /admin/passholders/{id}/points}. Implements the
 * passholder module's {@link be.openpas.passholder.PointsBalances}; grants a card system's welcome points when a
 * passholder registers or joins it. Owns tables {@code points_balance} and {@code points_entry}.
 */
package be.openpas.points;

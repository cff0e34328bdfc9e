/**
 * The points ledger (domain.md 2.19, 3.6–3.8): every change of a passholder's points balance is an immutable entry
 * (a check-in, welcome points, a redemption, a cancelled redemption, or an administrator's correction with a reason).
 * The balance is kept beside the ledger in the same transaction, is never negative, always equals the sum of the
 * entries, and belongs to the passholder (not to a card), so it survives card replacement.
 *
 * <p>A ledger keyed by passholder id that knows nothing of passholders: the modules that change points (check-ins,
 * redemptions, the passholder module's welcome points and administrators' corrections) call {@link
 * be.openpas.points.Points}, and the passholder module shows the balances and the history ({@code GET
 * /passholders/{id}/transactions}, {@code /admin/passholders/{id}/points}). Owns tables {@code points_balance} and
 * {@code points_entry}.
 */
package be.openpas.points;

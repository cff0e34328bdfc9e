/**
 * Rewards (domain.md 2.12, 3.7, 3.8; docs/rewards.md): POINTS rewards passholders exchange for points and WELCOME
 * rewards granted once on registering or joining a card system, with publication, granting and redeem periods, the
 * card systems whose members may redeem them, the organizers where they can be redeemed, units, a per-passholder
 * limit per calendar period, and redeem codes.
 *
 * <p>Serves {@code /rewards}, {@code /rewards/{id}}, {@code /rewards/{id}/redeem-status}, {@code /rewards/redeemed}
 * and {@code /admin/rewards/{id}/...}; loaded by the import format. A redemption takes the points through the
 * {@link be.openpas.points.Points} ledger in the same transaction (a cancelled one gives them back). Listens to
 * {@code MembershipStarted} (welcome rewards) and {@code OrganizerChanged} (its copies of organizer names). Owns tables
 * {@code reward}, {@code reward_card_system}, {@code reward_organizer}, {@code reward_category},
 * {@code reward_picture}, {@code reward_grant}, {@code reward_redemption} and {@code reward_redeem_code}.
 */
package be.openpas.reward;

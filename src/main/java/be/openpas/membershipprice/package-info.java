/**
 * What a membership (a card in a card system) costs: a price table per card system by purchase reason, card type,
 * age range, inhabitant or not, social tariff and voucher type (domain.md 2.18, 3.10), and vouchers: typed, single-use
 * codes that select another price.
 *
 * <p>Serves {@code GET /card-systems/{id}/membership-prices}, {@code GET /passholders/membership-prices/{cardSystemId}}
 * and the administration of prices and vouchers. Owns tables {@code membership_price},
 * {@code membership_price_voucher_type}, {@code membership_price_voucher}.
 */
package be.openpas.membershipprice;

/**
 * Distribution keys: per card system, when the kansentarief applies (automatic or manual per event, price range,
 * whose kansenstatuut counts, same or other municipality than the organizer) and how a regular price is split over
 * the passholder, the organizer, the passholder's municipality and other funders (domain.md 2.8, 3.1). The split
 * itself is {@link be.openpas.distribution.PriceSplit}, a pure rule without HTTP or SQL.
 *
 * <p>Serves the administration of keys ({@code /admin/card-systems/{id}/distribution-keys},
 * {@code /admin/distribution-keys/{id}}) and the import. Owns tables {@code distribution_key},
 * {@code distribution_key_share} and {@code distribution_key_organizer}.
 */
package be.openpas.distribution;

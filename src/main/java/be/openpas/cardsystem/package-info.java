/**
 * Card systems (regions): "UiTPAS Regio Gent", "Paspartoe", a town's own pass. A card system has its cities (which
 * define the region for the own-region rule, inhabitant prices and allowed addresses), branding, online
 * registration options and its kansenstatuut settings (grace period, default end date).
 *
 * <p>Serves the contract's Card Systems operations and {@code /admin/card-systems}. Owns tables
 * {@code card_system} and {@code card_system_city}.
 */
package be.openpas.cardsystem;

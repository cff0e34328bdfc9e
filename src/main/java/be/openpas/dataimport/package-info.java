/**
 * The bulk import format: one versioned JSON document that loads a whole region (municipalities, card systems,
 * organizer groups, organizers and their staff, events, distribution keys, coupons, API clients with permissions,
 * membership prices and vouchers, cards, passholders, group passes, kiosks). An import is all-or-nothing and reports every
 * invalid entry with its JSON pointer. Used by {@code POST /admin/imports}, the command line ({@code --import=<file>})
 * and the demo data set. See docs/import-format.md.
 *
 * <p>Owns no data: it writes through the facades of the modules that own it.
 */
package be.openpas.dataimport;

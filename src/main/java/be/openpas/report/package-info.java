/**
 * Financial reports and participation statistics (issue 7, domain.md 2.19, 5.2; docs/reports.md): exports of the
 * ticket sales of an organizer or a card system for a period, per paying party (each municipality and funder), as
 * spreadsheets and CSV files in a zip, made by a persistent background job (db-scheduler) and kept for a limited time;
 * suggested periods; the settlement of a card system; participation statistics per card system with small groups
 * suppressed.
 *
 * <p>Serves {@code /organizers/{id}/financial-reports/**}, {@code /files/financial-reports/**} and
 * {@code /admin/card-systems/{id}/financial-reports/**}, {@code /settlement}, {@code /statistics}. Reads the stored
 * sales through {@code ticketing}'s {@code SalesLedger} (never recomputing a split). Owns tables {@code report},
 * {@code report_file} and the job table {@code report_scheduled_task}.
 */
package be.openpas.report;

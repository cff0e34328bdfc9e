/**
 * API clients (integrators: ticketing systems, apps, the region's own tools) with their hashed secrets and their
 * permissions per organizer. Provides the {@link be.openpas.access.GrantSource} that the access module checks.
 *
 * <p>Serves {@code GET /permissions}, {@code GET/PUT /permissions/{clientId}} and {@code /admin/clients}. Owns
 * tables {@code api_client} and {@code api_client_permission}.
 */
package be.openpas.apiclient;

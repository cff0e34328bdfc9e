/**
 * Authentication and permission checks.
 *
 * <p>Integrators get signed JWT access tokens with the OAuth2 client-credentials grant at {@code POST /oauth2/token}
 * (Spring Authorization Server); the API validates them as an OAuth2 resource server. {@link Access} tells every
 * module whether the caller holds a {@link Permission} for an organizer; clients and their grants come from a
 * {@link GrantSource} (the {@code apiclient} module). Kiosk devices authenticate on {@code /kiosk-devices/**} with
 * {@code x-custom-token} in a filter chain of the {@code kiosk} module, which makes the kiosk the request's
 * {@link KioskCaller}. A staff user logged in to the counter app is a {@link StaffPrincipal} that carries its own
 * permissions per counter, resolved by that app for each request.
 *
 * <p>Owns table {@code access_signing_key}: the token signing key pair, generated and stored on first start.
 */
package be.openpas.access;

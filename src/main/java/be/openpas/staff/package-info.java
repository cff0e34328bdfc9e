/**
 * Staff: the people who work at an organizer's counter, as MEMBER or ADMIN of that organizer (the contract's
 * organizer admins). A person is one staff user across organizers, identified by e-mail address.
 *
 * <p>Serves {@code /organizers/{organizerId}/admins} and {@code /admin/organizers/{organizerId}/staff}. Owns tables
 * {@code staff_user} and {@code staff_membership}.
 */
package be.openpas.staff;

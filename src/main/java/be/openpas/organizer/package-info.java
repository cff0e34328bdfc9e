/**
 * Organizers (balies): cultural centres, libraries, sports services... that take part in UiTPAS in one or more card
 * systems. Their ids are UiTdatabank organizer ids. Admins of an organizer also act for its linked organizers;
 * organizers can be grouped (GET /organizers?groupId=).
 *
 * <p>Serves GET /organizers and {@code /admin/organizers}, {@code /admin/organizer-groups}. Owns tables
 * {@code organizer}, {@code organizer_card_system}, {@code organizer_link}, {@code organizer_group},
 * {@code organizer_group_member}.
 */
package be.openpas.organizer;

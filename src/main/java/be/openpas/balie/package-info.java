/**
 * The counter app ("balie"): the web application counter staff use all day, under {@code /balie}. Server-rendered
 * pages (Thymeleaf) with htmx for partial updates; staff log in with e-mail and password (Argon2 hashes), with
 * sessions in the database (Spring Session JDBC) and CSRF protection. Every action goes through the same facades and
 * permission checks as the API, as a {@code Caller} of kind STAFF whose permissions follow from the staff
 * memberships ({@code staff.StaffAccounts}).
 *
 * <p>Owns tables {@code spring_session} and {@code spring_session_attributes} (Spring Session's layout).
 */
package be.openpas.balie;

package be.openpas.staff.internal.domain;

import java.util.regex.Pattern;

/**
 * The e-mail address a staff user logs in with: an @ and a dot after it, no spaces, at most 320 characters (RFC 5321's
 * limit of a path) — the form a passholder's address has too (domain.md 3.9).
 */
public final class StaffEmails {

    public static final int MAX_LENGTH = 320;

    private static final Pattern FORM = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    private StaffEmails() {}

    public static boolean valid(String address) {
        return address != null
                && address.length() <= MAX_LENGTH
                && FORM.matcher(address).matches();
    }
}

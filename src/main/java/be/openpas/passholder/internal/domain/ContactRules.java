package be.openpas.passholder.internal.domain;

import be.openpas.shared.refusal.InvalidInput.Violation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a passholder can be reached (domain.md 3.9): an e-mail address is optional, but one that is given has an @ and a
 * dot after it, no spaces (v3 refuses "an@example"), and at most 320 characters (RFC 5321's limit of a path).
 */
public final class ContactRules {

    public static final int MAX_EMAIL = 320;

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    private ContactRules() {}

    /** The violations of an e-mail address (field {@code email}); none for a blank one (it is optional). */
    public static List<Violation> check(String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        String address = email.strip();
        if (address.length() > MAX_EMAIL) {
            return List.of(new Violation("email", "may be at most " + MAX_EMAIL + " characters"));
        }
        if (!EMAIL.matcher(address).matches()) {
            return List.of(new Violation("email", "is not an e-mail address (an @ and a dot after it, no spaces)"));
        }
        return List.of();
    }
}

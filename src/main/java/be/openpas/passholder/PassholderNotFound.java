package be.openpas.passholder;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code passholder-not-found}: the passholder asked for does not exist (or is not where the request looks, such as in
 * a family), or ({@code referenced}) a command names one that does not.
 */
public record PassholderNotFound(String passholderId, boolean referenced) implements Refusal {

    public PassholderNotFound(Object passholderId) {
        this(String.valueOf(passholderId), false);
    }

    /** A passholder named by id in a command that does not exist. */
    public static PassholderNotFound referenced(Object passholderId) {
        return new PassholderNotFound(String.valueOf(passholderId), true);
    }

    @Override
    public String slug() {
        return "passholder-not-found";
    }
}

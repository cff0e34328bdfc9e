package be.openpas.shared.logging;

import java.util.regex.Pattern;

/**
 * Removes INSZ numbers from text that is about to be logged but was not written by us: exception messages from the
 * database driver ({@code Key (insz_number)=(…) already exists}), parsers and libraries. Our own log statements never
 * pass personal data; this is the safety net for everything else.
 *
 * <p>An INSZ number is written as 11 digits, or as {@code YY.MM.DD-NNN.CC} with any of the separators; digit runs
 * that are longer (UiTPAS numbers have 13 digits) are left alone.
 */
public final class PersonalDataRedaction {

    public static final String MASK = "[INSZ]";

    private static final Pattern INSZ =
            Pattern.compile("(?<![0-9])[0-9]{2}\\.?[0-9]{2}\\.?[0-9]{2}[-.]?[0-9]{3}[.]?[0-9]{2}(?![0-9])");

    private PersonalDataRedaction() {}

    /** The text with every INSZ-shaped number replaced by {@value #MASK}; null stays null. */
    public static String redact(String text) {
        return text == null ? null : INSZ.matcher(text).replaceAll(MASK);
    }

    /**
     * A copy of the exception (and its causes and suppressed exceptions) with redacted messages and the original stack
     * traces, safe to hand to a logger.
     */
    public static Throwable redact(Throwable exception) {
        return copy(exception, 0);
    }

    private static Throwable copy(Throwable exception, int depth) {
        if (exception == null) {
            return null;
        }
        RedactedException copy = new RedactedException(
                exception.getClass().getName() + ": " + redact(exception.getMessage()),
                depth < 20 ? copy(exception.getCause(), depth + 1) : null);
        copy.setStackTrace(exception.getStackTrace());
        if (depth < 20) {
            for (Throwable suppressed : exception.getSuppressed()) {
                copy.addSuppressed(copy(suppressed, depth + 1));
            }
        }
        return copy;
    }

    /** Carries the original exception's class name in its message, so the log still says what went wrong. */
    static final class RedactedException extends RuntimeException {

        RedactedException(String message, Throwable cause) {
            super(message, cause, true, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}

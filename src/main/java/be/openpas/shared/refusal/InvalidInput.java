package be.openpas.shared.refusal;

import java.util.List;

/**
 * A command whose values break its rules (a malformed e-mail address, an end date before the start date). Each
 * {@link Violation} names the field by its property path in the command ({@code address.postalCode},
 * {@code items[2].regularPrice}); the API edge turns the paths into JSON pointers of the request body, a web app into
 * the fields of its form.
 */
public record InvalidInput(List<Violation> violations) implements Refusal {

    /** One broken rule: the field (property path of the command; empty for the command as a whole) and why. */
    public record Violation(String field, String message) {

        /** The same violation inside a containing command ({@code items[2]} + {@code regularPrice}). */
        public Violation within(String parent) {
            if (parent == null || parent.isEmpty()) {
                return this;
            }
            if (field.isEmpty()) {
                return new Violation(parent, message);
            }
            return new Violation(parent + (field.startsWith("[") ? "" : ".") + field, message);
        }
    }

    public InvalidInput {
        violations = List.copyOf(violations);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new Violation(field, message)));
    }

    /** The command as a whole is wrong (no single field to point at). */
    public static InvalidInput ofCommand(String message) {
        return of("", message);
    }

    @Override
    public String slug() {
        return "invalid-data";
    }
}

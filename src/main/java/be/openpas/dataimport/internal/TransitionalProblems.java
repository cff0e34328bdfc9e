package be.openpas.dataimport.internal;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.SchemaError;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.InvalidInput.Violation;
import be.openpas.shared.refusal.Refusal;
import java.util.List;
import java.util.Optional;

/**
 * TRANSITIONAL (issue 14): modules that still answer with an {@link ApiProblem} instead of a refusal. The import
 * reports such a problem as it did before: its schema errors as violations of the entry, or its detail at the entry.
 * Delete this class, and its use in {@code Imports}, once no module throws {@code ApiProblem} any more.
 */
public final class TransitionalProblems {

    private TransitionalProblems() {}

    /** The refusal an {@link ApiProblem} stands for; empty for any other exception (an unexpected failure). */
    public static Optional<Refusal> refusalOf(RuntimeException failure) {
        if (!(failure instanceof ApiProblem problem)) {
            return Optional.empty();
        }
        if (problem.schemaErrors().isEmpty()) {
            return Optional.of(InvalidInput.ofCommand(problem.detail()));
        }
        List<Violation> violations = problem.schemaErrors().stream()
                .map(error -> new Violation(propertyPath(error), error.error()))
                .toList();
        return Optional.of(new InvalidInput(violations));
    }

    /** {@code /memberships/0/uitpasNumber} becomes {@code memberships[0].uitpasNumber}. */
    private static String propertyPath(SchemaError error) {
        StringBuilder path = new StringBuilder();
        for (String token : error.jsonPointer().split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            String unescaped = token.replace("~1", "/").replace("~0", "~");
            if (unescaped.chars().allMatch(Character::isDigit)) {
                path.append('[').append(unescaped).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(unescaped);
            }
        }
        return path.toString();
    }
}

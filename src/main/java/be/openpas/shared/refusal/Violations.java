package be.openpas.shared.refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the {@link InvalidInput.Violation}s of a command, in the order its rules were checked. */
public final class Violations {

    private final List<InvalidInput.Violation> found = new ArrayList<>();

    public Violations add(String field, String message) {
        found.add(new InvalidInput.Violation(field, message));
        return this;
    }

    public Violations addAll(List<InvalidInput.Violation> violations) {
        found.addAll(violations);
        return this;
    }

    /** Adds the violation when the condition holds. */
    public Violations when(boolean broken, String field, String message) {
        if (broken) {
            add(field, message);
        }
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<InvalidInput.Violation> list() {
        return List.copyOf(found);
    }

    /** The refusal, if any rule was broken. */
    public Optional<InvalidInput> refusal() {
        return found.isEmpty() ? Optional.empty() : Optional.of(new InvalidInput(found));
    }

    /** Throws the refusal if any rule was broken. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInput(found).exception();
        }
    }
}

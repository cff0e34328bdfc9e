package be.openpas.dataimport;

import be.openpas.shared.refusal.Refusal;
import java.util.List;

/**
 * {@code invalid-data}: an import document that was not loaded, with every error found (nothing of it was stored: an
 * import is all or nothing).
 */
public record ImportRejected(List<ImportError> errors) implements Refusal {

    public ImportRejected {
        errors = List.copyOf(errors);
    }

    @Override
    public String slug() {
        return "invalid-data";
    }
}

package be.openpas.dataimport;

import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.Refusal;

/**
 * Why one part of an import document was not loaded: where it is in the document ({@code path}, a property path such
 * as {@code passholders[2]} or {@code cardSystems[0].cities[1].postalCode}; empty for the document as a whole) and the
 * refusal of the module that was to store it. An {@link InvalidInput} names its fields relative to that part.
 */
public record ImportError(String path, Refusal refusal) {

    /** A value of the document that breaks a rule of the format itself. */
    public static ImportError invalid(String path, String message) {
        return new ImportError(path, InvalidInput.ofCommand(message));
    }
}

package be.openpas.dataimport;

import be.openpas.shared.refusal.Refusal;

/** {@code invalid-syntax}: the import document is not JSON; reading stopped at this line and column. */
public record UnreadableImport(int line, int column) implements Refusal {

    @Override
    public String slug() {
        return "invalid-syntax";
    }
}

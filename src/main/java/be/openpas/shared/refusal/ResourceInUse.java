package be.openpas.shared.refusal;

/** It cannot be changed or removed because other things depend on it; {@code why} says what (in English). */
public record ResourceInUse(String why) implements Refusal {

    @Override
    public String slug() {
        return "resource-in-use";
    }
}

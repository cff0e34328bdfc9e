package be.openpas.passholder;

import be.openpas.shared.refusal.Refusal;

/** {@code too-many-adults-in-family}: the family list has its maximum number of adults (18 or older). */
public record TooManyAdultsInFamily(int maximum) implements Refusal {

    @Override
    public String slug() {
        return "too-many-adults-in-family";
    }
}

package be.openpas.passholder.internal.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names are searched without regard to case or accents ("Peeters" finds "peeters", "Désiré" finds "desire"); a
 * search matches the start of the name, or anywhere with {@code *} as a wildcard.
 */
public final class SearchNames {

    private SearchNames() {}

    public static String normalise(String name) {
        if (name == null) {
            return null;
        }
        return Normalizer.normalize(name.trim(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }

    /** A LIKE pattern with {@code !} as escape character: partial (prefix) match, {@code *} as wildcard. */
    public static String likePattern(String search) {
        String escaped = normalise(search).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        String pattern = escaped.replace('*', '%');
        return pattern.endsWith("%") ? pattern : pattern + "%";
    }
}

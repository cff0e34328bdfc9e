package be.openpas.municipality.internal.domain;

import java.util.regex.Pattern;

/** Belgian postal codes: four digits, 1000 to 9999 (bpost). */
public final class PostalCodes {

    private static final Pattern BELGIAN = Pattern.compile("[1-9][0-9]{3}");

    private PostalCodes() {}

    public static boolean isBelgian(String postalCode) {
        return postalCode != null && BELGIAN.matcher(postalCode).matches();
    }
}

package be.openpas.card;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The NFC chip UID of a card in hexadecimal (4, 7 or 10 bytes), unique over the whole system; stored upper case. */
public record ChipNumber(String value) {

    private static final Pattern HEX_UID = Pattern.compile("(?:[0-9A-F]{8}|[0-9A-F]{14}|[0-9A-F]{20})");

    public ChipNumber {
        if (value == null || !HEX_UID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a chip number");
        }
    }

    public static Optional<ChipNumber> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String normalised = input.replaceAll("[\\s:-]", "").toUpperCase(Locale.ROOT);
        return HEX_UID.matcher(normalised).matches() ? Optional.of(new ChipNumber(normalised)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}

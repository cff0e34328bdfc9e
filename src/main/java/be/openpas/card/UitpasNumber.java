package be.openpas.card;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UiTPAS number: 13 digits whose last digit is a Luhn check digit over all 13, and whose 12th digit is the kansenpas
 * flag (0 or 1). The flag only says the card was made for kansenstatuut holders; it is never the social-tariff status
 * itself (domain.md 3.14: 0900000093204 has digit 0 but a Paspartoe social tariff).
 */
public record UitpasNumber(String value) {

    private static final Pattern THIRTEEN_DIGITS = Pattern.compile("\\d{13}");

    public UitpasNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid UiTPAS number");
        }
    }

    /** The number, if the input (digits, optionally with spaces or dashes) is a valid UiTPAS number. */
    public static Optional<UitpasNumber> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[\\s-]", "");
        return isValid(digits) ? Optional.of(new UitpasNumber(digits)) : Optional.empty();
    }

    public static boolean isValid(String number) {
        return number != null
                && THIRTEEN_DIGITS.matcher(number).matches()
                && luhn(number)
                && (number.charAt(11) == '0' || number.charAt(11) == '1');
    }

    /** Standard Luhn over all digits; the check digit is the last one. */
    static boolean luhn(String number) {
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            int digit = number.charAt(number.length() - 1 - i) - '0';
            if ((i & 1) == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** The check digit that completes the first 12 digits. */
    public static int checkDigit(String first12) {
        for (int candidate = 0; candidate <= 9; candidate++) {
            if (luhn(first12 + candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Luhn check digit");
    }

    /** Whether the card carries the kansenpas digit (12th digit 1). */
    public boolean kansenpas() {
        return value.charAt(11) == '1';
    }

    /** Grouped 4-3-3-3 as printed on cards. */
    public String formatted() {
        return value.substring(0, 4) + " " + value.substring(4, 7) + " " + value.substring(7, 10) + " "
                + value.substring(10);
    }

    @Override
    public String toString() {
        return value;
    }
}

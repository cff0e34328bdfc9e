package be.openpas.passholder;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Belgian national number (INSZ / rijksregisternummer, or a BIS number): {@code YYMMDD SSS CC}. The check number
 * is {@code 97 - (YYMMDDSSS mod 97)}, or with a {@code 2} in front of the nine digits for people born in or after
 * 2000; either is accepted, and which one matches tells the century (domain.md 3.15). BIS numbers add 20 (gender
 * unknown) or 40 (gender known) to the month. A month or day of 00 means that part of the birth date is unknown.
 */
public record InszNumber(String value) {

    public InszNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid INSZ number");
        }
    }

    /** Accepts separators ({@code 93.05.18-223.61}, spaces). */
    public static Optional<InszNumber> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[\\s.\\-/]", "");
        return isValid(digits) ? Optional.of(new InszNumber(digits)) : Optional.empty();
    }

    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{11}")) {
            return false;
        }
        int month = Integer.parseInt(digits.substring(2, 4)) % 20;
        int day = Integer.parseInt(digits.substring(4, 6));
        if (month > 12 || day > 31 || Integer.parseInt(digits.substring(2, 4)) > 52) {
            return false;
        }
        return bornBefore2000(digits) || bornFrom2000(digits);
    }

    private static boolean bornBefore2000(String digits) {
        long body = Long.parseLong(digits.substring(0, 9));
        return 97 - (body % 97) == Integer.parseInt(digits.substring(9));
    }

    private static boolean bornFrom2000(String digits) {
        long body = 2_000_000_000L + Long.parseLong(digits.substring(0, 9));
        return 97 - (body % 97) == Integer.parseInt(digits.substring(9));
    }

    /** A BIS number (for people not in the national register): month plus 20 or 40. */
    public boolean bis() {
        return Integer.parseInt(value.substring(2, 4)) > 12;
    }

    /** The birth date encoded in the number, when it is complete (no 00 month or day) and a real date. */
    public Optional<LocalDate> birthDate() {
        int year =
                Integer.parseInt(value.substring(0, 2)) + (bornFrom2000(value) && !bornBefore2000(value) ? 2000 : 1900);
        int month = Integer.parseInt(value.substring(2, 4)) % 20;
        int day = Integer.parseInt(value.substring(4, 6));
        if (month == 0 || day == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    /**
     * Whether a given date of birth fits the number: year (two digits), month and day, each only where the number
     * knows it.
     */
    public boolean fitsBirthDate(LocalDate dateOfBirth) {
        int yy = Integer.parseInt(value.substring(0, 2));
        int month = Integer.parseInt(value.substring(2, 4)) % 20;
        int day = Integer.parseInt(value.substring(4, 6));
        boolean yearFits = dateOfBirth.getYear() % 100 == yy
                && (dateOfBirth.getYear() >= 2000 ? bornFrom2000(value) : bornBefore2000(value));
        boolean monthFits = month == 0 || dateOfBirth.getMonthValue() == month;
        boolean dayFits = day == 0 || dateOfBirth.getDayOfMonth() == day;
        return yearFits && monthFits && dayFits;
    }

    @Override
    public String toString() {
        // Never print the number itself (logs must not contain INSZ numbers).
        return "InszNumber[***]";
    }
}

package be.openpas.balie.internal.web;

import be.openpas.card.UitpasNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** How the counter app reads form values and writes days, amounts and card numbers (the same in every language). */
final class Formats {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Formats() {}

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The text of a form field, stripped; {@code null} when blank. */
    static String stripped(String value) {
        return blank(value) ? null : value.strip();
    }

    /** A day as an {@code <input type=date>} sends it ({@code 2026-04-30}). */
    static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** {@code 30/04/2027}. */
    static String day(LocalDate date) {
        return date.format(DAY);
    }

    /** {@code € 2,50}. */
    static String euro(BigDecimal amount) {
        return "€ " + amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** A UiTPAS number as printed on the card ({@code 0900 500 000 105}); anything else as it is. */
    static String cardNumber(String uitpasNumber) {
        return UitpasNumber.parse(uitpasNumber).map(UitpasNumber::formatted).orElse(uitpasNumber);
    }

    /** The card number a page was opened with, only when it is one (it goes back into links and redirects). */
    static String cardParam(String card) {
        return card != null && card.matches("\\d{13}") ? card : null;
    }
}

package be.openpas.passholder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** INSZ (rijksregisternummer) validation, domain.md 3.15. */
class InszNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"00000009007", "93051822361", "78021542697", "93.05.18-223.61", "93 05 18 223 61"})
    void acceptsValidNumbersWithOrWithoutSeparators(String insz) {
        assertThat(InszNumber.parse(insz)).isPresent();
    }

    @Test
    void appliesTheBornAfter2000RuleWithATwoInFront() {
        // born 2001-05-12, sequence 123: 97 - (2010512123 mod 97) = 87
        InszNumber insz = InszNumber.parse("01051212387").orElseThrow();
        assertThat(insz.birthDate()).contains(LocalDate.of(2001, 5, 12));
        assertThat(insz.fitsBirthDate(LocalDate.of(2001, 5, 12))).isTrue();
        assertThat(insz.fitsBirthDate(LocalDate.of(1901, 5, 12))).isFalse();
    }

    @Test
    void refusesAWrongCheckNumber() {
        assertThat(InszNumber.parse("93051822362")).isEmpty();
        assertThat(InszNumber.parse("9305182236")).isEmpty();
        assertThat(InszNumber.parse("93131822361")).isEmpty();
    }

    @Test
    void acceptsBisNumbersWithTwentyOrFortyAddedToTheMonth() {
        String bisPlus40 = withCheck("934518223");
        String bisPlus20 = withCheck("932518223");
        assertThat(InszNumber.parse(bisPlus40)).hasValueSatisfying(insz -> {
            assertThat(insz.bis()).isTrue();
            assertThat(insz.birthDate()).contains(LocalDate.of(1993, 5, 18));
        });
        assertThat(InszNumber.parse(bisPlus20).orElseThrow().fitsBirthDate(LocalDate.of(1993, 5, 18)))
                .isTrue();
    }

    @Test
    void anUnknownMonthOrDaySkipsThatPartOfTheBirthDateCheck() {
        InszNumber unknownDay = InszNumber.parse(withCheck("930500223")).orElseThrow();
        assertThat(unknownDay.birthDate()).isEmpty();
        assertThat(unknownDay.fitsBirthDate(LocalDate.of(1993, 5, 27))).isTrue();
        assertThat(unknownDay.fitsBirthDate(LocalDate.of(1993, 6, 27))).isFalse();
    }

    @Test
    void checksTheDateOfBirth() {
        InszNumber insz = InszNumber.parse("93051822361").orElseThrow();
        assertThat(insz.fitsBirthDate(LocalDate.of(1993, 5, 18))).isTrue();
        assertThat(insz.fitsBirthDate(LocalDate.of(1993, 5, 19))).isFalse();
    }

    @Test
    void neverPrintsTheNumber() {
        assertThat(InszNumber.parse("93051822361").orElseThrow().toString()).doesNotContain("93051822361");
    }

    private static String withCheck(String body) {
        return body + "%02d".formatted(97 - (Long.parseLong(body) % 97));
    }
}

package be.openpas.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** UiTPAS numbers: 13 digits, Luhn over all 13, 12th digit 0 or 1 (domain.md 3.14). */
class UitpasNumberTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the numbers of publiq's test data set (only standard Luhn fits all of them)
                "0900000095902",
                "0900000067513",
                "0900000031618",
                "0900000036112",
                "0900000002312",
                "0900000058918",
                "1000000520006",
                "0900000093204",
                "0900000045410",
                // real examples from the documentation
                "0930012345615",
                "0930056878802",
                "0930061965313",
                "0945000057915",
                "0934000185108",
                "0999100000002"
            })
    void acceptsNumbersWithAValidLuhnCheckDigit(String number) {
        assertThat(UitpasNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0560002524314",
                "1234567890116",
                "0900000095903",
                "090000009590",
                "09000000959021",
                "09000000959O2"
            })
    void refusesMalformedNumbersAndWrongCheckDigits(String number) {
        assertThat(UitpasNumber.isValid(number)).isFalse();
    }

    @Test
    void refusesATwelfthDigitOtherThanZeroOrOne() {
        String first12 = "090000009592";
        String number = first12 + UitpasNumber.checkDigit(first12);
        assertThat(UitpasNumber.luhn(number)).isTrue();
        assertThat(UitpasNumber.isValid(number)).isFalse();
    }

    @Test
    void theTwelfthDigitIsTheKansenpasFlagNotTheSocialTariffStatus() {
        // 0900000093204 has digit 0 but a Paspartoe social tariff in the test data set: the flag is about the card only
        assertThat(new UitpasNumber("0900000093204").kansenpas()).isFalse();
        assertThat(new UitpasNumber("0900000067513").kansenpas()).isTrue();
    }

    @Test
    void computesTheCheckDigitThatCompletesANumber() {
        assertThat(UitpasNumber.checkDigit("090000009590")).isEqualTo(2);
    }

    @Test
    void parsesNumbersWithSpacesAndFormatsThemInGroupsOfFourThreeThreeThree() {
        assertThat(UitpasNumber.parse("0900 000 095 902")).contains(new UitpasNumber("0900000095902"));
        assertThat(new UitpasNumber("0900000095902").formatted()).isEqualTo("0900 000 095 902");
        assertThat(UitpasNumber.parse("nonsense")).isEmpty();
    }
}

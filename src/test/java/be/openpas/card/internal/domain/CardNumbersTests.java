package be.openpas.card.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.openpas.card.UitpasNumber;
import org.junit.jupiter.api.Test;

/** New numbers: card-system code, sequence, kansenpas digit, Luhn check digit. */
class CardNumbersTests {

    @Test
    void composesAValidNumberWithTheKansenpasDigit() {
        UitpasNumber regular = CardNumbers.compose(5, 1, false);
        UitpasNumber kansenpas = CardNumbers.compose(5, 1, true);
        assertThat(regular.value()).startsWith("00005000001").hasSize(13);
        assertThat(UitpasNumber.isValid(regular.value())).isTrue();
        assertThat(regular.kansenpas()).isFalse();
        assertThat(kansenpas.kansenpas()).isTrue();
    }

    @Test
    void refusesSequencesAndCardSystemsOutsideTheNumberRange() {
        assertThatThrownBy(() -> CardNumbers.compose(5, 1_000_000, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CardNumbers.compose(100_000, 1, false)).isInstanceOf(IllegalArgumentException.class);
    }
}

package be.openpas.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Chip numbers are NFC UIDs of 4, 7 or 10 bytes in hexadecimal; stored upper case. */
class ChipNumberTests {

    @Test
    void acceptsHexadecimalUidsOfFourSevenOrTenBytes() {
        assertThat(ChipNumber.parse("042f51b2712380")).contains(new ChipNumber("042F51B2712380"));
        assertThat(ChipNumber.parse("04:2F:51:B2")).contains(new ChipNumber("042F51B2"));
        assertThat(ChipNumber.parse("0123456789ABCDEF0123")).isPresent();
    }

    @Test
    void refusesOtherLengthsAndNonHexadecimalCharacters() {
        assertThat(ChipNumber.parse("042F51B27123")).isEmpty();
        assertThat(ChipNumber.parse("042G51B2712380")).isEmpty();
        assertThat(ChipNumber.parse(null)).isEmpty();
    }
}

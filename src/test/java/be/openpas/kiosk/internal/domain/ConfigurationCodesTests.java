package be.openpas.kiosk.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Configuration codes: random, readable, compared without separators or case, stored as a hash. */
class ConfigurationCodesTests {

    @Test
    void generatedCodesAreTwentyCharactersOfCrockfordBase32InGroupsOfFive() {
        SecureRandom random = new SecureRandom();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = ConfigurationCodes.generate(random);
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}");
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
    }

    @Test
    void codesAreComparedWithoutSeparatorsSpacesOrCase() {
        assertThat(ConfigurationCodes.hash("K7QJ2-9XH4M-0PZRT-W3C8D"))
                .isEqualTo(ConfigurationCodes.hash(" k7qj2 9xh4m0pzrt w3c8d "))
                .isNotEqualTo(ConfigurationCodes.hash("K7QJ2-9XH4M-0PZRT-W3C8E"))
                .hasSize(64);
    }

    @Test
    void importedCodesNeedTwelveLettersOrDigits() {
        assertThat(ConfigurationCodes.acceptable("DEMO-WML-001-ZWEMMEN")).isTrue();
        assertThat(ConfigurationCodes.acceptable("ABC-DEF-GHI-JK")).isFalse();
        assertThat(ConfigurationCodes.acceptable(null)).isFalse();
    }
}

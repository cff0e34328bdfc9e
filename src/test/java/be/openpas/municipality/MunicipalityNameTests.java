package be.openpas.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** City names match the municipality list regardless of case, accents and hyphens. */
class MunicipalityNameTests {

    @Test
    void comparesNamesWithoutCaseAccentsOrHyphens() {
        assertThat(Municipalities.normalise("Sint-Jans-Molenbeek"))
                .isEqualTo(Municipalities.normalise("sint jans molenbeek"));
        assertThat(Municipalities.normalise("Liège")).isEqualTo("liege");
        assertThat(Municipalities.normalise("  Gent ")).isEqualTo("gent");
    }
}

package be.openpas.reward.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedeemCodeGeneratorTests {

    @Test
    void generatedCodesAreTwelveReadableCharactersInGroupsOfFour() {
        String code = RedeemCodeGenerator.next(new Random(1));

        assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        assertThat(RedeemCodeGenerator.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void generatedCodesDoNotRepeat() {
        Random random = new Random(7);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(RedeemCodeGenerator.next(random));
        }
        assertThat(codes).hasSize(10_000);
    }
}

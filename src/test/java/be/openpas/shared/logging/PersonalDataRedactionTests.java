package be.openpas.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PersonalDataRedactionTests {

    @Test
    void inszNumbersInTextFromLibrariesAreMaskedBeforeLogging() {
        assertThat(PersonalDataRedaction.redact("Key (insz_number)=(90061508440) already exists."))
                .isEqualTo("Key (insz_number)=([INSZ]) already exists.");
        assertThat(PersonalDataRedaction.redact("rijksregisternummer 90.06.15-084.40 of 900615-08440"))
                .isEqualTo("rijksregisternummer [INSZ] of [INSZ]");
    }

    @Test
    void uitpasNumbersIdsAndOtherNumbersAreLeftAlone() {
        String text = "card 0900500000105, passholder 0b0b0b0b-0005-4000-8000-000000000016, 12 points, 2026-11-23";
        assertThat(PersonalDataRedaction.redact(text)).isEqualTo(text);
        assertThat(PersonalDataRedaction.redact((String) null)).isNull();
    }

    @Test
    void anExceptionChainIsCopiedWithMaskedMessagesAndItsStackTraces() {
        IllegalStateException cause = new IllegalStateException("duplicate 90061508440");
        RuntimeException thrown = new RuntimeException("insert failed for 90061508440", cause);
        thrown.addSuppressed(new IllegalArgumentException("also 90061508440"));

        Throwable redacted = PersonalDataRedaction.redact(thrown);

        StringWriter printed = new StringWriter();
        redacted.printStackTrace(new PrintWriter(printed));
        assertThat(printed.toString())
                .doesNotContain("90061508440")
                .contains("java.lang.RuntimeException: insert failed for [INSZ]")
                .contains("java.lang.IllegalStateException: duplicate [INSZ]")
                .contains("java.lang.IllegalArgumentException: also [INSZ]")
                .contains(PersonalDataRedactionTests.class.getName());
        assertThat(redacted.getStackTrace()).isEqualTo(thrown.getStackTrace());
    }
}

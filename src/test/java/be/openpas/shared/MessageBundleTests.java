package be.openpas.shared;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.shared.problem.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every problem type has an end-user message in Dutch, French and English. */
class MessageBundleTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "messages/problems.properties",
                "messages/problems_fr.properties",
                "messages/problems_en.properties"
            })
    void everyProblemTypeHasAnEndUserMessage(String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (ProblemType type : ProblemType.values()) {
            assertThat(messages.getProperty(type.messageKey()))
                    .as("%s in %s", type.messageKey(), bundle)
                    .isNotBlank();
        }
        messages.values()
                .forEach(message -> assertThat(message.toString())
                        .as("use the typographic apostrophe, a plain one breaks MessageFormat")
                        .doesNotContain("'"));
    }

    /** The counter app speaks Dutch, French and English: every text exists in the three, without plain apostrophes. */
    @ParameterizedTest
    @ValueSource(strings = {"messages/balie", "messages/balie_manage"})
    void everyCounterAppTextExistsInTheThreeLanguages(String baseName) throws IOException {
        Properties dutch = load(baseName + ".properties");
        for (String language : new String[] {"fr", "en"}) {
            Properties other = load(baseName + "_" + language + ".properties");
            assertThat(other.stringPropertyNames())
                    .as("keys of %s_%s", baseName, language)
                    .containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
            other.values()
                    .forEach(message -> assertThat(message.toString())
                            .as("use the typographic apostrophe, a plain one breaks MessageFormat")
                            .doesNotContain("'"));
        }
    }

    private Properties load(String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }
}

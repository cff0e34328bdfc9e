package be.openpas.shared;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.shared.problem.ProblemType;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
        for (ProblemType type : allProblemTypes()) {
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

    /** Every problem type declared as a constant: the generic ones and those of the modules' web edges. */
    static List<ProblemType> allProblemTypes() {
        List<ProblemType> types = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.openpas")) {
            for (JavaField field : type.getFields()) {
                if (field.getModifiers().contains(JavaModifier.STATIC)
                        && field.getRawType().isEquivalentTo(ProblemType.class)) {
                    try {
                        Field reflected = field.reflect();
                        reflected.setAccessible(true);
                        types.add((ProblemType) reflected.get(null));
                    } catch (IllegalAccessException impossible) {
                        throw new IllegalStateException(impossible);
                    }
                }
            }
        }
        assertThat(types).as("problem types found").hasSizeGreaterThan(20);
        return types;
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

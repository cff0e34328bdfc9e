package be.openpas.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The documented JSON Schema of the import format accepts the demo data set and the documented example. */
class ImportFormatSchemaTests {

    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(Path.of("docs/import-format.schema.json")), InputFormat.JSON);
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDemoDataSetFollowsTheSchema() throws Exception {
        assertValid(read(Path.of("src/main/resources/demo/openpas-demo.json")));
    }

    @Test
    void theDocumentedExampleFollowsTheSchema() {
        String guide = read(Path.of("docs/import-format.md"));
        Matcher example =
                Pattern.compile("```json\\n(\\{.*?})\\n```", Pattern.DOTALL).matcher(guide);
        assertThat(example.find())
                .as("docs/import-format.md has a JSON example")
                .isTrue();
        assertValid(example.group(1));
    }

    @Test
    void theSchemaRejectsWhatTheImportRejects() throws Exception {
        List<Error> errors = SCHEMA.validate(
                JSON.readTree("{\"formatVersion\": 1, \"cardSystems\": [{\"name\": \"X\", \"citiez\": []}]}"));
        assertThat(errors).isNotEmpty();
    }

    private static void assertValid(String document) {
        try {
            List<Error> errors = SCHEMA.validate(JSON.readTree(document));
            assertThat(errors).as("schema errors").isEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}

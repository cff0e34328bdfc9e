package be.openpas.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystems;
import be.openpas.dataimport.internal.cli.ImportCommandLine;
import be.openpas.shared.problem.RefusalProblems;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** {@code --import=<file>} loads a file and sets the exit code. */
@ApiTest
class ImportCommandLineTests {

    @Autowired
    ImportCommandLine commandLine;

    @Autowired
    CardSystems cardSystems;

    @TempDir
    Path directory;

    @Test
    void loadsAFileFromTheCommandLine() throws Exception {
        int id = Fixtures.nextId();
        Path file = directory.resolve("region.json");
        Files.writeString(
                file,
                "{\"formatVersion\": 1, \"cardSystems\": [{\"id\": %d, \"name\": \"Commandoregio %d\"}]}"
                        .formatted(id, id));
        commandLine.run(new DefaultApplicationArguments("--import=" + file));
        assertThat(commandLine.getExitCode()).isZero();
        assertThat(cardSystems.exists(CardSystemId.of(id))).isTrue();
    }

    @Test
    void exitsWithAnErrorForAnInvalidFile() throws Exception {
        Path file = directory.resolve("broken.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"cardSystems\": [{\"name\": \"\"}]}");
        ImportCommandLine fresh = new ImportCommandLine(commandLineImports(), refusals);
        fresh.run(new DefaultApplicationArguments("--import=" + file));
        assertThat(fresh.getExitCode()).isEqualTo(1);
    }

    @Autowired
    Imports imports;

    @Autowired
    RefusalProblems refusals;

    private Imports commandLineImports() {
        return imports;
    }
}

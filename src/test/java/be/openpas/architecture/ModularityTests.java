package be.openpas.architecture;

import be.openpas.OpenpasApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries: every module only uses other modules' APIs (root packages), never their {@code internal}
 * packages, and there are no cycles. Writes the module diagrams to docs/modules.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(OpenpasApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * Writes the diagrams and canvases. The documenter lists a diagram's relationships in an order that changes from
     * run to run, so each run of them is sorted: the files only change when the modules do.
     */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(OUTPUT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(file, withSortedRelationships(Files.readAllLines(file)));
            }
        }
    }

    static final Path OUTPUT = Path.of("docs", "modules");

    /** The lines, with every run of consecutive {@code Rel(...)} lines in alphabetical order. */
    static List<String> withSortedRelationships(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines.size());
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                run.add(line);
                continue;
            }
            Collections.sort(run);
            sorted.addAll(run);
            run.clear();
            sorted.add(line);
        }
        Collections.sort(run);
        sorted.addAll(run);
        return sorted;
    }
}

package be.openpas.dataimport.internal.cli;

import be.openpas.dataimport.ImportReport;
import be.openpas.dataimport.ImportRun;
import be.openpas.dataimport.Imports;
import be.openpas.shared.logging.PersonalDataRedaction;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.RefusalProblems;
import be.openpas.shared.refusal.RefusalException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar openpas.jar --import=region.json [--rebase-dates]}: loads one import file into the configured
 * database and exits (code 0 when loaded, 1 when the file is invalid, with every error and its JSON pointer, as
 * {@code POST /admin/imports} answers them).
 */
@Component
@Order(5)
public class ImportCommandLine implements ApplicationRunner, ExitCodeGenerator {

    static final String OPTION = ImportRun.OPTION;
    private static final Logger log = LoggerFactory.getLogger(ImportCommandLine.class);

    private final Imports imports;
    private final RefusalProblems refusals;
    private int exitCode;

    public ImportCommandLine(Imports imports, RefusalProblems refusals) {
        this.imports = imports;
        this.refusals = refusals;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> files = args.getOptionValues(OPTION);
        if (files == null || files.isEmpty()) {
            return;
        }
        for (String file : files) {
            try {
                ImportReport report = imports.load(
                        imports.read(Files.readAllBytes(Path.of(file))), args.containsOption("rebase-dates"));
                log.info("Loaded {}: {}", file, report);
                report.generatedSecrets()
                        .forEach((client, secret) -> log.warn(
                                "Generated secret for client '{}': {} (store it now; it is not shown again)",
                                client,
                                secret));
            } catch (RefusalException refused) {
                exitCode = 1;
                ApiProblem problem = refusals.problem(refused.refusal());
                log.error("{} was not loaded: {}", file, PersonalDataRedaction.redact(problem.detail()));
                problem.schemaErrors()
                        .forEach(error -> log.error(
                                "  {}: {}", error.jsonPointer(), PersonalDataRedaction.redact(error.error())));
            } catch (IOException unreadable) {
                exitCode = 1;
                log.error("Cannot read {}: {}", file, PersonalDataRedaction.redact(unreadable.getMessage()));
            }
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}

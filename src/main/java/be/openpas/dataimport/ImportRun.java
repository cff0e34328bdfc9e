package be.openpas.dataimport;

import java.util.Arrays;

/**
 * {@code java -jar openpas.jar --import=region.json [--rebase-dates]}: a run that loads one import file into the
 * configured database and exits, without the web server (the command line itself is in {@code internal/cli}).
 */
public final class ImportRun {

    /** The option that names the file. */
    public static final String OPTION = "import";

    private ImportRun() {}

    /** Whether the program arguments ask for an import run. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + OPTION + "="));
    }
}

package be.openpas.dataimport.internal;

import be.openpas.cardsystem.CardSystems;
import be.openpas.dataimport.ImportReport;
import be.openpas.dataimport.ImportRun;
import be.openpas.dataimport.Imports;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo data set (profile {@code demo} only, never in production): loaded on the first start, when the database
 * has no card systems yet, with event dates moved to the coming months.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String RESOURCE = "demo/openpas-demo.json";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Imports imports;
    private final CardSystems cardSystems;

    DemoData(Imports imports, CardSystems cardSystems, Environment environment) {
        if (environment.matchesProfiles("prod")) {
            throw new IllegalStateException("The demo profile must never be active in production (profile prod).");
        }
        this.imports = imports;
        this.cardSystems = cardSystems;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (ImportRun.requested(args.getSourceArgs()) || !cardSystems.all().isEmpty()) {
            return;
        }
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            ImportReport report = imports.load(imports.read(in.readAllBytes()), true);
            log.info(
                    "Loaded the demo data set: {} card systems, {} organizers, {} events, {} clients",
                    report.cardSystems(),
                    report.organizers(),
                    report.events(),
                    report.clients());
        }
    }
}

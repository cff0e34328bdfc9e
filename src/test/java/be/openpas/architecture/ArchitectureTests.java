package be.openpas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Layering rules inside modules that Spring Modulith does not check. */
@AnalyzeClasses(packages = "be.openpas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** Domain rules are plain Java: testable in milliseconds, free of HTTP, SQL and Spring. */
    @ArchTest
    static final ArchRule domainRulesArePlainJava = noClasses()
            .that()
            .resideInAPackage("..internal.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.jooq..",
                    "jakarta.servlet..",
                    "tools.jackson..",
                    "java.sql..",
                    "..internal.persistence..",
                    "..internal.web..");

    /** Generated jOOQ records never leave a module's persistence package. */
    @ArchTest
    static final ArchRule jooqStaysInPersistence = noClasses()
            .that()
            .resideOutsideOfPackage("..internal.persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..internal.persistence.jooq..");

    /** HTTP stays in web packages (and the shared web infrastructure). */
    @ArchTest
    static final ArchRule controllersLiveInWebPackages = classes()
            .that()
            .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should()
            .resideInAnyPackage("..internal.web..", "..internal..", "be.openpas.shared.web..");

    /** Domain code reads time from an injected Clock, never from the system. */
    @ArchTest
    static final ArchRule noSystemClockInModules = noClasses()
            .that()
            .resideInAPackage("be.openpas..")
            .and()
            .resideOutsideOfPackage("be.openpas.shared.web..")
            .should()
            .callMethod(java.time.LocalDate.class, "now")
            .orShould()
            .callMethod(java.time.OffsetDateTime.class, "now")
            .orShould()
            .callMethod(java.time.Instant.class, "now")
            .orShould()
            .callMethod(java.time.LocalDateTime.class, "now");
}

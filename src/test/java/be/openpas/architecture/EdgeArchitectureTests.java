package be.openpas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import be.openpas.shared.persistence.RenderedQueries;
import be.openpas.shared.persistence.RenderedQuery;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.refusal.RefusalException;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The contract lives at the edge (issue 14): domain code and module APIs speak the domain (refusals and outcomes);
 * HTTP statuses, problem documents and JSON pointers exist only in the web packages and the shared handler.
 */
@AnalyzeClasses(packages = "be.openpas", importOptions = ImportOption.DoNotIncludeTests.class)
class EdgeArchitectureTests {

    /** Where the web edge is: controllers and their mappings, security filters, the shared problem handler. */
    static final String[] EDGE = {
        "..internal.web..",
        "..internal.security..",
        "..internal.cli..",
        "be.openpas.shared.problem..",
        "be.openpas.shared.web.."
    };

    /** Problem documents (ApiProblem, ProblemType, SchemaError, the refusal mappings) only at the edge. */
    @ArchTest
    static final ArchRule problemsOnlyAtTheEdge = noClasses()
            .that()
            .resideOutsideOfPackages(EDGE)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("be.openpas.shared.problem..")
            .because("a module API returns refusals; its internal/web maps them to the contract's problems");

    /** Domain code and module APIs know nothing of HTTP. */
    @ArchTest
    static final ArchRule noHttpInDomainCode = noClasses()
            .that()
            .resideOutsideOfPackages(EDGE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework.http..",
                    "org.springframework.web..",
                    "jakarta.servlet..",
                    "org.springframework.security.web..")
            .because("HTTP statuses, requests and responses exist only at the web edge");

    /** Statements rendered once live in persistence packages. */
    @ArchTest
    static final ArchRule renderedQueriesOnlyInPersistence = noClasses()
            .that()
            .resideOutsideOfPackages("..internal.persistence..", "be.openpas.shared.persistence..")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(RenderedQuery.class, RenderedQueries.class);

    /** Web apps show ordinary outcomes by switching over them, never by catching problems or refusals. */
    @ArchTest
    static final ArchRule webAppsDoNotCatchProblems = classes()
            .that()
            .resideInAPackage("be.openpas.balie..")
            .should(notCatch(ApiProblem.class, RefusalException.class));

    private static ArchCondition<JavaClass> notCatch(Class<?>... caught) {
        return new ArchCondition<>("not catch " + java.util.Arrays.toString(caught)) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                        for (JavaClass thrown : block.getCaughtThrowables()) {
                            for (Class<?> forbidden : caught) {
                                if (thrown.isAssignableTo(forbidden)) {
                                    events.add(SimpleConditionEvent.violated(
                                            unit, unit.getFullName() + " catches " + thrown.getSimpleName()));
                                }
                            }
                        }
                    }
                }
            }
        };
    }
}

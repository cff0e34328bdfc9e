package be.openpas.architecture;

import be.openpas.OpenpasApplication;
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

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}

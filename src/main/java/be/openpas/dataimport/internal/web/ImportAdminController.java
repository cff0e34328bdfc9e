package be.openpas.dataimport.internal.web;

import be.openpas.access.Access;
import be.openpas.dataimport.ImportReport;
import be.openpas.dataimport.Imports;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/imports}: load an import document (administrator clients only). A refused document is answered
 * as {@code body/invalid-data} with a JSON pointer into the document per error ({@link ImportProblems}).
 */
@RestController
class ImportAdminController {

    private final Imports imports;
    private final Access access;

    ImportAdminController(Imports imports, Access access) {
        this.imports = imports;
        this.access = access;
    }

    @PostMapping(path = "/admin/imports", consumes = "application/json")
    ImportReport load(
            @RequestBody(required = false) byte[] document, @RequestParam(defaultValue = "false") boolean rebaseDates) {
        access.requireAdmin();
        if (document == null || document.length == 0) {
            throw new ApiProblem(ProblemType.BODY_MISSING, "The import document is empty.");
        }
        return imports.load(imports.read(document), rebaseDates);
    }
}

package be.openpas.dataimport.internal;

import be.openpas.access.Access;
import be.openpas.dataimport.ImportReport;
import be.openpas.dataimport.Imports;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /admin/imports}: load an import document (administrator clients only). */
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
        return imports.load(imports.read(document == null ? new byte[0] : document), rebaseDates);
    }
}

package be.openpas.municipality.internal.web;

import be.openpas.access.Access;
import be.openpas.municipality.Municipalities;
import be.openpas.municipality.Municipality;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administration: read and extend the municipality list (the import format loads it in bulk). */
@RestController
@RequestMapping("/admin/municipalities")
class MunicipalityAdminController {

    private final Municipalities municipalities;
    private final Access access;

    MunicipalityAdminController(Municipalities municipalities, Access access) {
        this.municipalities = municipalities;
        this.access = access;
    }

    @GetMapping
    Page<Municipality> search(
            @RequestParam(required = false) String postalCode,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit) {
        access.requireAdmin();
        return municipalities.search(postalCode, name, PageRequest.of(start, limit));
    }

    @PostMapping
    ResponseEntity<Void> save(@RequestBody List<@Valid Municipality> entries) {
        access.requireAdmin();
        municipalities.save(entries);
        return ResponseEntity.noContent().build();
    }
}

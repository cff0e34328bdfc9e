package be.openpas.passholder.internal.web;

import be.openpas.access.Access;
import be.openpas.passholder.Passholders;
import be.openpas.points.Points;
import be.openpas.points.PointsEntry;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger for administrators: the balance with every entry (kind, reference, reason, who), and corrections with a
 * reason ({@code POST /admin/passholders/{id}/points-corrections}). A correction is an entry like any other; nothing
 * in the ledger is ever changed or deleted.
 */
@RestController
class PointsAdminController {

    record Ledger(UUID passholderId, int balance, Page<PointsEntry> entries) {}

    record Correction(
            @NotNull Integer points,
            @NotBlank @Size(max = 1000) String reason) {}

    record Corrected(PointsEntry entry, int balance) {}

    private final Points points;
    private final Passholders passholders;
    private final Access access;

    PointsAdminController(Points points, Passholders passholders, Access access) {
        this.points = points;
        this.passholders = passholders;
        this.access = access;
    }

    @GetMapping("/admin/passholders/{passholderId}/points")
    Ledger ledger(
            @PathVariable String passholderId,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit) {
        access.requireAdmin();
        UUID id = passholders.byPathId(passholderId).id();
        return new Ledger(id, points.balance(id), points.history(id, PageRequest.of(start, limit), false));
    }

    @PostMapping("/admin/passholders/{passholderId}/points-corrections")
    ResponseEntity<Corrected> correct(
            @PathVariable String passholderId, @Validated @RequestBody Correction correction) {
        access.requireAdmin();
        UUID id = passholders.byPathId(passholderId).id();
        Points.Recorded recorded = points.correct(
                id,
                correction.points(),
                correction.reason(),
                access.authenticatedCaller().clientId());
        return ResponseEntity.created(URI.create("/admin/passholders/" + id + "/points"))
                .body(new Corrected(recorded.entry(), recorded.balance()));
    }
}

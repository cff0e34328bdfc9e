package be.openpas.passholder.internal.web;

import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.passholder.PassholderPermissions;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.points.Points;
import be.openpas.points.PointsEntry;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /passholders/{id}/transactions}: the points history of a passholder, newest first by default. Callers
 * need, for the passholder, {@code PASSHOLDERS_TRANSACTION_HISTORY}, {@code PASSHOLDERS_SELF_CHECKIN} (the contract's
 * permission for the end-user app) or {@code PASSHOLDERS_SEARCH} (a counter that may see the passholder's points).
 */
@RestController
class TransactionController {

    /** The contract's Transaction. */
    record Transaction(String title, String location, OffsetDateTime creationDate, int points) {

        static Transaction of(PointsEntry entry) {
            return new Transaction(
                    entry.title(),
                    entry.location(),
                    entry.createdAt().withOffsetSameInstant(ZoneOffset.UTC),
                    entry.points());
        }
    }

    private final Passholders passholders;
    private final PassholderPermissions permissions;
    private final Points points;

    TransactionController(Passholders passholders, PassholderPermissions permissions, Points points) {
        this.passholders = passholders;
        this.permissions = permissions;
        this.points = points;
    }

    @GetMapping("/passholders/{passholderId}/transactions")
    Page<Transaction> transactions(
            @PathVariable String passholderId,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit,
            @RequestParam(name = "sort[creationDate]", required = false) String sort) {
        PageRequest page = PageRequest.of(start, limit);
        boolean ascending = ascending(sort);
        PassholderView passholder = passholders.byPathId(passholderId);
        if (!permissions.allowedAny(
                passholder,
                Permission.PASSHOLDERS_TRANSACTION_HISTORY,
                Permission.PASSHOLDERS_SELF_CHECKIN,
                Permission.PASSHOLDERS_SEARCH)) {
            throw new Forbidden("The client may not read the history of this passholder.").exception();
        }
        return points.history(passholder.id(), page, ascending).map(Transaction::of);
    }

    static boolean ascending(String sort) {
        if (sort == null || sort.equalsIgnoreCase("desc")) {
            return false;
        }
        if (sort.equalsIgnoreCase("asc")) {
            return true;
        }
        throw new ApiProblem(ProblemType.URL_QUERY_PARAMETER_INVALID, "sort[creationDate] must be asc or desc.");
    }
}

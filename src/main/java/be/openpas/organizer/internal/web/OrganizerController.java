package be.openpas.organizer.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.organizer.OrganizerQuery;
import be.openpas.organizer.OrganizerSummary;
import be.openpas.organizer.Organizers;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /organizers: the organizers the caller may search ({@code ORGANIZERS_SEARCH}), filtered as the contract says. */
@RestController
class OrganizerController {

    private final Organizers organizers;
    private final Access access;

    OrganizerController(Organizers organizers, Access access) {
        this.organizers = organizers;
        this.access = access;
    }

    @GetMapping("/organizers")
    Page<OrganizerSummary> search(
            @RequestParam(required = false) Integer groupId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer cardSystemId,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit,
            @RequestParam(name = "sort[name]", required = false) String sortName) {
        PageRequest page = PageRequest.of(start, limit);
        boolean descending = parseDirection(sortName);
        var searchable = access.requireAny(Permission.ORGANIZERS_SEARCH);
        return organizers
                .search(new OrganizerQuery(name, cardSystemId, groupId, searchable, descending), page)
                .map(organizers::summary);
    }

    private static boolean parseDirection(String direction) {
        if (direction == null || direction.isBlank() || direction.equalsIgnoreCase("asc")) {
            return false;
        }
        if (direction.equalsIgnoreCase("desc")) {
            return true;
        }
        throw new ApiProblem(ProblemType.URL_QUERY_PARAMETER_INVALID, "sort[name] must be asc or desc.");
    }
}

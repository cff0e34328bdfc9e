package be.openpas.grouppass.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.card.InvalidUitpasNumber;
import be.openpas.card.UitpasNumber;
import be.openpas.grouppass.GroupPassId;
import be.openpas.grouppass.GroupPassNotFound;
import be.openpas.grouppass.GroupPassView;
import be.openpas.grouppass.GroupPasses;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contract's group pass operations ({@code GROUPPASSES_SEARCH} for at least one organizer): a lookup by UiTPAS
 * number or chip number, and a group pass by id. As the contract warns, group passes with a BLOCKED or DELETED card
 * are returned too: clients check {@code cardStatus}.
 */
@RestController
class GroupPassController {

    private static final Comparator<GroupPassView> BY_NAME = Comparator.comparing(
                    (GroupPassView pass) -> pass.name().toLowerCase(Locale.ROOT))
            .thenComparing(GroupPassView::id);

    private final GroupPasses groupPasses;
    private final GroupPassResponses responses;
    private final Access access;

    GroupPassController(GroupPasses groupPasses, GroupPassResponses responses, Access access) {
        this.groupPasses = groupPasses;
        this.responses = responses;
        this.access = access;
    }

    /**
     * The contract only allows looking group passes up by {@code uitpasNumber} or {@code chipNumber} (both: the group
     * pass must match both); searching all group passes is not possible.
     */
    @GetMapping("/grouppasses")
    Page<Grouppass> search(
            @RequestParam(required = false) String uitpasNumber,
            @RequestParam(required = false) String chipNumber,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit,
            @RequestParam(name = "sort[name]", required = false) String sortName) {
        access.requireAny(Permission.GROUPPASSES_SEARCH);
        PageRequest page = PageRequest.of(start, limit);
        boolean descending = descending(sortName);
        if (blank(uitpasNumber) && blank(chipNumber)) {
            throw new ApiProblem(ProblemType.URL_QUERY_PARAMETER_MISSING, "Give uitpasNumber or chipNumber.");
        }
        Optional<GroupPassView> found = Optional.empty();
        if (!blank(uitpasNumber)) {
            UitpasNumber number =
                    UitpasNumber.parse(uitpasNumber).orElseThrow(() -> new InvalidUitpasNumber().exception());
            found = groupPasses.findByUitpasNumber(number.value());
        }
        if (!blank(chipNumber)) {
            Optional<GroupPassView> byChip = groupPasses.findByChipNumber(chipNumber);
            found = blank(uitpasNumber)
                    ? byChip
                    : found.filter(pass -> byChip.map(pass::equals).orElse(false));
        }
        List<GroupPassView> all =
                found.stream().sorted(descending ? BY_NAME.reversed() : BY_NAME).toList();
        Page<GroupPassView> slice = Page.slice(all, page);
        return new Page<>(slice.totalItems(), responses.all(slice.member()));
    }

    @GetMapping("/grouppasses/{passholderId}")
    Grouppass get(@PathVariable String passholderId) {
        access.requireAny(Permission.GROUPPASSES_SEARCH);
        GroupPassId id =
                GroupPassId.parse(passholderId).orElseThrow(() -> new GroupPassNotFound(passholderId).exception());
        return responses.one(groupPasses.get(id));
    }

    private static boolean descending(String direction) {
        if (direction == null || direction.isBlank() || direction.equalsIgnoreCase("asc")) {
            return false;
        }
        if (direction.equalsIgnoreCase("desc")) {
            return true;
        }
        throw new ApiProblem(ProblemType.URL_QUERY_PARAMETER_INVALID, "sort[name] must be asc or desc.");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

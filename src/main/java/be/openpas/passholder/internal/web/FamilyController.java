package be.openpas.passholder.internal.web;

import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.passholder.Families;
import be.openpas.passholder.FamilyMemberView;
import be.openpas.passholder.FamilyView;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderNotFound;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.shared.problem.ApiProblem;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The contract's Passholder Family operations ({@code PASSHOLDERS_FAMILY_MEMBERS} for the passholder). */
@RestController
class FamilyController {

    private final Families families;
    private final Passholders passholders;
    private final PassholderAccess access;
    private final PassholderResponses responses;

    FamilyController(
            Families families, Passholders passholders, PassholderAccess access, PassholderResponses responses) {
        this.families = families;
        this.passholders = passholders;
        this.access = access;
        this.responses = responses;
    }

    @GetMapping("/passholders/{passholderId}/family-members")
    List<FamilyMember> members(@PathVariable String passholderId) {
        PassholderView main = allowed(passholderId);
        List<FamilyMemberView> members = families.membersOf(PassholderId.of(main.id()));
        List<PassholderJson> passholderJson =
                responses.all(members.stream().map(FamilyMemberView::passholder).toList());
        return java.util.stream.IntStream.range(0, members.size())
                .mapToObj(i -> new FamilyMember(
                        members.get(i).uitpasNumber(),
                        passholderJson.get(i),
                        members.get(i).creationDate(),
                        members.get(i).icon(),
                        members.get(i).mainFamilyMember()))
                .toList();
    }

    @PostMapping("/passholders/{passholderId}/family-members")
    ResponseEntity<Void> add(@PathVariable String passholderId, @RequestBody FamilyMember body) {
        PassholderView main = allowed(passholderId);
        if (body.uitpasNumber() == null || body.uitpasNumber().isBlank()) {
            throw ApiProblem.invalidData("/uitpasNumber", "is required");
        }
        families.add(PassholderId.of(main.id()), body.uitpasNumber(), body.icon())
                .orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PutMapping("/passholders/{passholderId}/family-members/{familyMemberId}")
    ResponseEntity<Void> update(
            @PathVariable String passholderId, @PathVariable String familyMemberId, @RequestBody FamilyMember body) {
        PassholderView main = allowed(passholderId);
        families.updateIcon(PassholderId.of(main.id()), memberId(familyMemberId), body.icon());
        return ResponseEntity.accepted().build();
    }

    /** Allowed with the permission for the main member or for the member who leaves. */
    @DeleteMapping("/passholders/{passholderId}/family-members/{familyMemberId}")
    ResponseEntity<Void> remove(@PathVariable String passholderId, @PathVariable String familyMemberId) {
        PassholderView main = passholder(passholderId);
        PassholderId memberId = memberId(familyMemberId);
        boolean mayForMain = access.allowed(Permission.PASSHOLDERS_FAMILY_MEMBERS, main);
        boolean mayForMember = passholders
                .find(memberId)
                .map(member -> access.allowed(Permission.PASSHOLDERS_FAMILY_MEMBERS, member))
                .orElse(false);
        if (!mayForMain && !mayForMember) {
            throw new Forbidden("The client lacks PASSHOLDERS_FAMILY_MEMBERS for these passholders.").exception();
        }
        families.remove(PassholderId.of(main.id()), memberId).orElseThrow();
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/passholders/{passholderId}/families")
    List<Family> families(@PathVariable String passholderId) {
        PassholderView passholder = allowed(passholderId);
        return families.familiesOf(PassholderId.of(passholder.id())).stream()
                .map(FamilyController::family)
                .toList();
    }

    private static Family family(FamilyView family) {
        PassholderView main = family.mainMember();
        return new Family(main.name(), main.firstName(), main.id().toString(), main.email(), family.memberSince());
    }

    private PassholderView allowed(String passholderId) {
        PassholderView passholder = passholder(passholderId);
        access.require(Permission.PASSHOLDERS_FAMILY_MEMBERS, passholder);
        return passholder;
    }

    private PassholderView passholder(String id) {
        return PassholderId.parse(id)
                .flatMap(passholders::find)
                .orElseThrow(() -> new PassholderNotFound(id).exception());
    }

    private static PassholderId memberId(String id) {
        return PassholderId.parse(id).orElseThrow(() -> new PassholderNotFound(id).exception());
    }

    /** The contract's {@code FamilyMember}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FamilyMember(
            String uitpasNumber,
            PassholderJson passholder,
            OffsetDateTime creationDate,
            String icon,
            Boolean mainFamilyMember) {}

    /** An item of the contract's families list. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Family(String name, String firstName, String passholderId, String email, OffsetDateTime memberSince) {}
}

package be.openpas.passholder.internal.web;

import be.openpas.access.Permission;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.OrganizerSummary;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderNotFound;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.shared.problem.ApiProblem;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The contract's Schools operations: the school (an organizer) a passholder is linked to. */
@RestController
class SchoolController {

    private final Passholders passholders;
    private final Organizers organizers;
    private final PassholderAccess access;

    SchoolController(Passholders passholders, Organizers organizers, PassholderAccess access) {
        this.passholders = passholders;
        this.organizers = organizers;
        this.access = access;
    }

    @GetMapping("/passholders/{passholderId}/school")
    OrganizerSummary school(@PathVariable String passholderId) {
        PassholderView passholder = passholder(passholderId);
        access.require(Permission.PASSHOLDERS_SEARCH, passholder);
        UUID school = passholder.schoolId();
        if (school == null) {
            throw new ApiProblem(PassholderProblems.SCHOOL_NOT_FOUND, "The passholder is not linked to a school.");
        }
        return organizers.summaries(List.of(school)).stream()
                .findFirst()
                .orElseThrow(() -> new ApiProblem(PassholderProblems.SCHOOL_NOT_FOUND, "The school no longer exists."));
    }

    @PutMapping("/passholders/{passholderId}/school")
    ResponseEntity<Void> setSchool(@PathVariable String passholderId, @RequestBody SchoolReference school) {
        PassholderView passholder = passholder(passholderId);
        access.require(Permission.PASSHOLDERS_UPDATE, passholder);
        if (school == null || school.id() == null) {
            throw ApiProblem.invalidData("/id", "the school's organizer id is required");
        }
        UUID schoolId = PassholderController.parseUuid(school.id())
                .orElseThrow(() -> new ApiProblem(
                                PassholderProblems.SCHOOL_NOT_FOUND, "School " + school.id() + " does not exist.")
                        .withStatus(400));
        passholders.setSchool(PassholderId.of(passholder.id()), OrganizerId.of(schoolId));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/passholders/{passholderId}/school")
    ResponseEntity<Void> removeSchool(@PathVariable String passholderId) {
        PassholderView passholder = passholder(passholderId);
        access.require(Permission.PASSHOLDERS_UPDATE, passholder);
        passholders.setSchool(PassholderId.of(passholder.id()), null);
        return ResponseEntity.noContent().build();
    }

    private PassholderView passholder(String id) {
        return PassholderId.parse(id)
                .flatMap(passholders::find)
                .orElseThrow(() -> new PassholderNotFound(id).exception());
    }

    /** The contract's {@code Organizer} as a school reference (the name is ignored). */
    record SchoolReference(String id, String name) {}
}

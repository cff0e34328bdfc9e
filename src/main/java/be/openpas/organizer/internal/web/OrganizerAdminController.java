package be.openpas.organizer.internal.web;

import be.openpas.access.Access;
import be.openpas.organizer.OrganizerCommand;
import be.openpas.organizer.OrganizerGroup;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.OrganizerQuery;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.problem.ApiProblem;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administration of organizers and organizer groups (administrator clients only). */
@RestController
class OrganizerAdminController {

    private final Organizers organizers;
    private final Access access;

    OrganizerAdminController(Organizers organizers, Access access) {
        this.organizers = organizers;
        this.access = access;
    }

    @GetMapping("/admin/organizers")
    Page<OrganizerView> list(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer cardSystemId,
            @RequestParam(required = false) Integer groupId,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit) {
        access.requireAdmin();
        String pattern = name == null || name.contains("*") ? name : "*" + name + "*";
        return organizers.search(
                new OrganizerQuery(pattern, cardSystemId, groupId, null, false), PageRequest.of(start, limit));
    }

    @PostMapping("/admin/organizers")
    ResponseEntity<OrganizerView> create(@Valid @RequestBody OrganizerCommand command) {
        access.requireAdmin();
        OrganizerView created = organizers.create(command);
        return ResponseEntity.created(URI.create("/admin/organizers/" + created.id()))
                .body(created);
    }

    @GetMapping("/admin/organizers/{id}")
    OrganizerView get(@PathVariable UUID id) {
        access.requireAdmin();
        return organizers.get(OrganizerId.of(id));
    }

    @PutMapping("/admin/organizers/{id}")
    OrganizerView update(@PathVariable UUID id, @Valid @RequestBody OrganizerCommand command) {
        access.requireAdmin();
        return organizers.update(OrganizerId.of(id), command);
    }

    @DeleteMapping("/admin/organizers/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        access.requireAdmin();
        organizers.delete(OrganizerId.of(id));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/admin/organizer-groups")
    List<OrganizerGroup> groups() {
        access.requireAdmin();
        return organizers.groups();
    }

    @PutMapping("/admin/organizer-groups/{id}")
    OrganizerGroup saveGroup(@PathVariable int id, @Valid @RequestBody OrganizerGroup group) {
        access.requireAdmin();
        if (group.id() != id) {
            throw ApiProblem.invalidData("/id", "must equal the id in the URL");
        }
        return organizers.saveGroup(group);
    }

    @DeleteMapping("/admin/organizer-groups/{id}")
    ResponseEntity<Void> deleteGroup(@PathVariable int id) {
        access.requireAdmin();
        organizers.deleteGroup(id);
        return ResponseEntity.noContent().build();
    }
}

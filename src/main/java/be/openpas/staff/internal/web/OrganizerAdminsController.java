package be.openpas.staff.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.staff.Staff;
import be.openpas.staff.StaffMember;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contract's organizer admins operations ({@code ORGANIZERS_ADMINS_READ/WRITE} for the organizer), and the same
 * for administrator clients under {@code /admin}.
 */
@RestController
class OrganizerAdminsController {

    private final Staff staff;
    private final Access access;

    OrganizerAdminsController(Staff staff, Access access) {
        this.staff = staff;
        this.access = access;
    }

    @GetMapping("/organizers/{organizerId}/admins")
    Page<StaffMember> list(
            @PathVariable UUID organizerId,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit) {
        PageRequest page = PageRequest.of(start, limit);
        access.require(Permission.ORGANIZERS_ADMINS_READ, organizerId);
        return staff.ofOrganizer(organizerId, page);
    }

    @PostMapping("/organizers/{organizerId}/admins")
    ResponseEntity<StaffMember> add(@PathVariable UUID organizerId, @Valid @RequestBody StaffMember member) {
        access.require(Permission.ORGANIZERS_ADMINS_WRITE, organizerId);
        return ResponseEntity.status(HttpStatus.CREATED).body(staff.add(organizerId, member.email(), member.type()));
    }

    @DeleteMapping("/organizers/{organizerId}/admins/{adminUserId}")
    ResponseEntity<Void> remove(@PathVariable UUID organizerId, @PathVariable UUID adminUserId) {
        access.require(Permission.ORGANIZERS_ADMINS_WRITE, organizerId);
        staff.remove(organizerId, adminUserId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/admin/organizers/{organizerId}/staff")
    Page<StaffMember> adminList(
            @PathVariable UUID organizerId,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit) {
        access.requireAdmin();
        return staff.ofOrganizer(organizerId, PageRequest.of(start, limit));
    }

    @PostMapping("/admin/organizers/{organizerId}/staff")
    ResponseEntity<StaffMember> adminAdd(@PathVariable UUID organizerId, @Valid @RequestBody StaffMember member) {
        access.requireAdmin();
        return ResponseEntity.status(HttpStatus.CREATED).body(staff.add(organizerId, member.email(), member.type()));
    }

    @DeleteMapping("/admin/organizers/{organizerId}/staff/{userId}")
    ResponseEntity<Void> adminRemove(@PathVariable UUID organizerId, @PathVariable UUID userId) {
        access.requireAdmin();
        staff.remove(organizerId, userId);
        return ResponseEntity.noContent().build();
    }
}

package be.openpas.grouppass.internal.web;

import be.openpas.access.Access;
import be.openpas.card.CardStatus;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.grouppass.GroupPassAddress;
import be.openpas.grouppass.GroupPassCommand;
import be.openpas.grouppass.GroupPassId;
import be.openpas.grouppass.GroupPassView;
import be.openpas.grouppass.GroupPasses;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

/**
 * Administration of group passes (administrator clients only): list, create with a card from the stock or a new one,
 * read, replace, delete, block and unblock the card. Responses show the tickets left this calendar year.
 */
@RestController
class GroupPassAdminController {

    private final GroupPasses groupPasses;
    private final Access access;

    GroupPassAdminController(GroupPasses groupPasses, Access access) {
        this.groupPasses = groupPasses;
        this.access = access;
    }

    @GetMapping("/admin/grouppasses")
    Page<AdminGroupPass> list(
            @RequestParam(required = false) Integer cardSystemId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit) {
        access.requireAdmin();
        return groupPasses
                .search(cardSystemId == null ? null : CardSystemId.of(cardSystemId), name, PageRequest.of(start, limit))
                .map(this::admin);
    }

    @PostMapping("/admin/grouppasses")
    ResponseEntity<AdminGroupPass> create(@Valid @RequestBody GroupPassCommand command) {
        access.requireAdmin();
        GroupPassView created = groupPasses.create(command);
        return ResponseEntity.created(URI.create("/admin/grouppasses/" + created.id()))
                .body(admin(created));
    }

    @GetMapping("/admin/grouppasses/{id}")
    AdminGroupPass get(@PathVariable UUID id) {
        access.requireAdmin();
        return admin(groupPasses.get(GroupPassId.of(id)));
    }

    @PutMapping("/admin/grouppasses/{id}")
    AdminGroupPass update(@PathVariable UUID id, @Valid @RequestBody GroupPassCommand command) {
        access.requireAdmin();
        return admin(groupPasses.update(GroupPassId.of(id), command));
    }

    @DeleteMapping("/admin/grouppasses/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        access.requireAdmin();
        groupPasses.delete(GroupPassId.of(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/admin/grouppasses/{id}/block")
    AdminGroupPass block(@PathVariable UUID id) {
        access.requireAdmin();
        return admin(groupPasses.blockCard(GroupPassId.of(id)));
    }

    @PostMapping("/admin/grouppasses/{id}/unblock")
    AdminGroupPass unblock(@PathVariable UUID id) {
        access.requireAdmin();
        return admin(groupPasses.unblockCard(GroupPassId.of(id)));
    }

    private AdminGroupPass admin(GroupPassView pass) {
        return new AdminGroupPass(
                pass.id(),
                pass.name(),
                pass.uitpasNumber(),
                pass.cardSystemId(),
                pass.cardStatus(),
                pass.email(),
                pass.telephone(),
                pass.address(),
                pass.socialTariffEndDate(),
                groupPasses.socialTariffActive(pass),
                pass.ticketsPerYear(),
                groupPasses.availableTickets(pass),
                pass.createdAt());
    }

    /** A group pass for administrators: the view, whether the kansenstatuut is active today and the tickets left. */
    record AdminGroupPass(
            UUID id,
            String name,
            String uitpasNumber,
            int cardSystemId,
            CardStatus cardStatus,
            String email,
            String telephone,
            GroupPassAddress address,
            LocalDate socialTariffEndDate,
            boolean socialTariffActive,
            int ticketsPerYear,
            int availableTickets,
            OffsetDateTime createdAt) {}
}

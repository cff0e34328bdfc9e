package be.openpas.passholder.internal.web;

import be.openpas.access.Access;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.passholder.CardReplacement;
import be.openpas.passholder.Join;
import be.openpas.passholder.Kansenstatuten;
import be.openpas.passholder.MembershipStatus;
import be.openpas.passholder.PassholderCards;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderQuery;
import be.openpas.passholder.PassholderUpdates;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.Registration;
import be.openpas.passholder.RegistrationRights;
import be.openpas.passholder.Registrations;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
 * Administration of passholders for the card systems' administrators: registration, memberships (joining another
 * card system, kansenstatuut renewal, suspension and end, blocking), card replacement and blocking, card history,
 * erasure.
 */
@RestController
class PassholderAdminController {

    private final Passholders passholders;
    private final Registrations registrations;
    private final PassholderCards passholderCards;
    private final Kansenstatuten kansenstatuten;
    private final PassholderUpdates updates;
    private final Access access;

    PassholderAdminController(
            Passholders passholders,
            Registrations registrations,
            PassholderCards passholderCards,
            Kansenstatuten kansenstatuten,
            PassholderUpdates updates,
            Access access) {
        this.passholders = passholders;
        this.registrations = registrations;
        this.passholderCards = passholderCards;
        this.kansenstatuten = kansenstatuten;
        this.updates = updates;
        this.access = access;
    }

    @GetMapping("/admin/passholders")
    Page<PassholderView> search(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String firstName,
            @RequestParam(required = false) String inszNumber,
            @RequestParam(required = false) String uitpasNumber,
            @RequestParam(required = false) Integer cardSystemId,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit) {
        access.requireAdmin();
        return passholders.search(
                new PassholderQuery(
                        inszNumber == null ? null : inszNumber.replaceAll("[^0-9]", ""),
                        uitpasNumber,
                        name,
                        firstName,
                        null,
                        null,
                        null,
                        false,
                        null,
                        cardSystemId == null ? null : Set.of(cardSystemId),
                        false),
                PageRequest.of(start, limit));
    }

    @PostMapping("/admin/passholders")
    ResponseEntity<PassholderView> register(@Valid @RequestBody Registration registration) {
        access.requireAdmin();
        PassholderView registered =
                registrations.register(registration, RegistrationRights.ALL).orElseThrow();
        return ResponseEntity.created(URI.create("/admin/passholders/" + registered.id()))
                .body(registered);
    }

    @GetMapping("/admin/passholders/{id}")
    PassholderView get(@PathVariable UUID id) {
        access.requireAdmin();
        return passholders.get(PassholderId.of(id));
    }

    @GetMapping("/admin/passholders/{id}/cards")
    List<PassholderCards.CardHistoryEntry> cards(@PathVariable UUID id) {
        access.requireAdmin();
        return passholderCards.cardHistory(PassholderId.of(id));
    }

    @DeleteMapping("/admin/passholders/{id}")
    ResponseEntity<Void> erase(@PathVariable UUID id) {
        access.requireAdmin();
        updates.delete(PassholderId.of(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/admin/passholders/{id}/memberships")
    PassholderView join(@PathVariable UUID id, @Valid @RequestBody Join join) {
        access.requireAdmin();
        return registrations
                .join(PassholderId.of(id), join, RegistrationRights.ALL)
                .orElseThrow();
    }

    @PutMapping("/admin/passholders/{id}/memberships/{cardSystemId}/status")
    PassholderView membershipStatus(
            @PathVariable UUID id, @PathVariable int cardSystemId, @Valid @RequestBody StatusChange change) {
        access.requireAdmin();
        return passholderCards.setMembershipStatus(PassholderId.of(id), CardSystemId.of(cardSystemId), change.status());
    }

    /** Renews, suspends (until a date) or annotates the kansenstatuut of a membership. */
    @PutMapping("/admin/passholders/{id}/memberships/{cardSystemId}/social-tariff")
    PassholderView socialTariff(
            @PathVariable UUID id, @PathVariable int cardSystemId, @Valid @RequestBody SocialTariffChange change) {
        access.requireAdmin();
        return kansenstatuten
                .setSocialTariff(
                        PassholderId.of(id),
                        CardSystemId.of(cardSystemId),
                        change.endDate(),
                        change.suspendedUntil(),
                        change.remarks(),
                        false)
                .orElseThrow();
    }

    /** Ends the kansenstatuut of a membership today. */
    @DeleteMapping("/admin/passholders/{id}/memberships/{cardSystemId}/social-tariff")
    PassholderView endSocialTariff(@PathVariable UUID id, @PathVariable int cardSystemId) {
        access.requireAdmin();
        return kansenstatuten
                .endSocialTariff(PassholderId.of(id), CardSystemId.of(cardSystemId))
                .orElseThrow();
    }

    @PostMapping("/admin/passholders/{id}/memberships/{cardSystemId}/card-replacement")
    PassholderCards.Replacement replaceCard(
            @PathVariable UUID id, @PathVariable int cardSystemId, @Valid @RequestBody CardReplacement replacement) {
        access.requireAdmin();
        return passholderCards
                .replaceCard(PassholderId.of(id), CardSystemId.of(cardSystemId), replacement, RegistrationRights.ALL)
                .orElseThrow();
    }

    @PostMapping("/admin/passholders/{id}/memberships/{cardSystemId}/card-block")
    PassholderView blockCard(@PathVariable UUID id, @PathVariable int cardSystemId) {
        access.requireAdmin();
        return passholderCards
                .blockCard(PassholderId.of(id), CardSystemId.of(cardSystemId))
                .orElseThrow();
    }

    @PostMapping("/admin/passholders/{id}/memberships/{cardSystemId}/card-unblock")
    PassholderView unblockCard(@PathVariable UUID id, @PathVariable int cardSystemId) {
        access.requireAdmin();
        return passholderCards
                .unblockCard(PassholderId.of(id), CardSystemId.of(cardSystemId))
                .orElseThrow();
    }

    record StatusChange(@NotNull MembershipStatus status) {}

    record SocialTariffChange(
            @NotNull LocalDate endDate,
            LocalDate suspendedUntil,
            @Size(max = 2000) String remarks) {}
}

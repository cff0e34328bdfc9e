package be.openpas.staff;

import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.OrganizerNotFound;
import be.openpas.organizer.Organizers;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.staff.internal.persistence.StaffRepository;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff of organizers: who works at which counter, and as what. */
@Service
@Transactional(readOnly = true)
public class Staff {

    private final StaffRepository repository;
    private final Organizers organizers;
    private final StaffAccounts accounts;

    Staff(StaffRepository repository, Organizers organizers, StaffAccounts accounts) {
        this.repository = repository;
        this.organizers = organizers;
        this.accounts = accounts;
    }

    public Page<StaffMember> ofOrganizer(UUID organizerId, PageRequest page) {
        requireOrganizer(organizerId);
        return repository.membersOf(organizerId, page);
    }

    /**
     * Adds a person (by e-mail) to an organizer's staff, or changes their role there. The staff user is created when
     * the e-mail address is new.
     */
    @Transactional
    public StaffMember add(UUID organizerId, String email, StaffRole role) {
        requireOrganizer(organizerId);
        String normalised = email.trim().toLowerCase(Locale.ROOT);
        UUID userId = repository.userIdOf(normalised).orElseGet(() -> repository.createUser(normalised));
        repository.upsertMembership(organizerId, userId, role);
        accounts.forgetGrants();
        return new StaffMember(userId, normalised, role);
    }

    @Transactional
    public void remove(UUID organizerId, UUID userId) {
        requireOrganizer(organizerId);
        if (!repository.removeMembership(organizerId, userId)) {
            throw new NotOnStaff(OrganizerId.of(organizerId), userId).exception();
        }
        accounts.forgetGrants();
    }

    /** Replaces an organizer's whole staff list (the import format). */
    @Transactional
    public void replaceAll(UUID organizerId, List<StaffMember> members) {
        requireOrganizer(organizerId);
        repository.removeAllMemberships(organizerId);
        members.forEach(member -> add(organizerId, member.email(), member.type()));
    }

    private void requireOrganizer(UUID organizerId) {
        if (!organizers.exists(OrganizerId.of(organizerId))) {
            throw new OrganizerNotFound(organizerId).exception();
        }
    }
}

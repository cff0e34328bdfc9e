package be.openpas.passholder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A passholder with personal data and memberships. Which parts a caller may see is decided where it is shown. */
public record PassholderView(
        UUID id,
        String name,
        String firstName,
        String inszNumber,
        LocalDate dateOfBirth,
        Gender gender,
        PassholderAddress address,
        String email,
        String phoneNumber,
        String nationality,
        OptInPreferences optInPreferences,
        UUID registrationOrganizerId,
        UUID schoolId,
        OffsetDateTime createdAt,
        List<MembershipView> memberships,
        int points) {

    public PassholderView {
        memberships = List.copyOf(memberships);
    }

    /** The same passholder with another points balance (as it is right after a change of the ledger). */
    public PassholderView withPoints(int newPoints) {
        return new PassholderView(
                id,
                name,
                firstName,
                inszNumber,
                dateOfBirth,
                gender,
                address,
                email,
                phoneNumber,
                nationality,
                optInPreferences,
                registrationOrganizerId,
                schoolId,
                createdAt,
                memberships,
                newPoints);
    }

    /** The UiTPAS number of the oldest still active membership that has an active card (contract: Passholder). */
    public Optional<String> uitpasNumber() {
        return memberships.stream()
                .filter(MembershipView::countsAsActive)
                .filter(MembershipView::hasActiveCard)
                .min(Comparator.comparing(MembershipView::joinedAt))
                .map(MembershipView::currentCard);
    }

    public Set<Integer> cardSystemIds() {
        return memberships.stream().map(MembershipView::cardSystemId).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<MembershipView> membership(int cardSystemId) {
        return memberships.stream()
                .filter(m -> m.cardSystemId() == cardSystemId)
                .findFirst();
    }

    /** Whether the passholder has at least one membership that counts as active. */
    public boolean hasActiveMembership() {
        return memberships.stream().anyMatch(MembershipView::countsAsActive);
    }

    @Override
    public String toString() {
        // Personal data stays out of logs and exception messages.
        return "Passholder[" + id + "]";
    }
}

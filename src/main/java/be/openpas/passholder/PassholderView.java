package be.openpas.passholder;

import be.openpas.card.CardStatus;
import be.openpas.card.InvalidCard;
import be.openpas.card.InvalidCardStatus;
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

    /**
     * The membership of the card a passholder shows at a counter (for a tariff, a sale, a check-in), with the
     * contract's problems when it cannot be used: {@code invalid-card} (not a current card of this passholder),
     * {@code invalid-card-status} (the card is not ACTIVE), {@code passholder-no-active-cardsystems} (no membership
     * counts as active).
     */
    public MembershipView usableMembershipOfCard(String uitpasNumber) {
        MembershipView ofCard = memberships.stream()
                .filter(m -> uitpasNumber.equals(m.currentCard()))
                .findFirst()
                .orElseThrow(
                        () -> new InvalidCard(uitpasNumber, InvalidCard.Reason.NOT_A_PASSHOLDERS_CARD).exception());
        if (ofCard.cardStatus() != CardStatus.ACTIVE) {
            throw InvalidCardStatus.ofPass(ofCard.cardStatus(), id, InvalidCardStatus.PassType.INDIVIDUAL)
                    .exception();
        }
        if (!hasActiveMembership()) {
            throw new PassholderNoActiveCardSystems(id).exception();
        }
        return ofCard;
    }

    @Override
    public String toString() {
        // Personal data stays out of logs and exception messages.
        return "Passholder[" + id + "]";
    }
}

package be.openpas.passholder;

import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A passholder in the import format (bulk registration by a card system's administrator, or migration from another
 * system): the person, the memberships with their cards and kansenstatuut (any end date, also past ones), a school
 * and a family list. A membership's card is an existing card from the stock, a new card with a given number, or (no
 * number) a new card with a generated number.
 */
public record ImportedPassholder(
        UUID id,
        @NotNull @Valid PersonDetails person,
        UUID registrationOrganizerId,
        UUID schoolId,
        @NotEmpty List<@Valid @NotNull Membership> memberships,
        List<@NotNull UUID> familyMembers) {

    public ImportedPassholder {
        familyMembers = familyMembers == null ? List.of() : List.copyOf(familyMembers);
    }

    public record Membership(
            @NotNull Integer cardSystemId,
            MembershipStatus status,
            String uitpasNumber,
            CardType cardType,
            CardStatus cardStatus,
            LocalDate socialTariffEndDate,
            LocalDate socialTariffSuspendedUntil,
            @Size(max = 2000) String socialTariffRemarks) {

        public Membership {
            status = status == null ? MembershipStatus.ACTIVE : status;
            cardType = cardType == null ? CardType.NFC_CARD : cardType;
            cardStatus = cardStatus == null ? CardStatus.ACTIVE : cardStatus;
        }
    }
}

package be.openpas.ticketing.internal;

import be.openpas.card.CardStatus;
import be.openpas.card.InvalidUitpasNumber;
import be.openpas.grouppass.GroupPassView;
import be.openpas.grouppass.GroupPasses;
import be.openpas.municipality.Municipalities;
import be.openpas.municipality.Municipality;
import be.openpas.passholder.CardLookup;
import be.openpas.passholder.CardLookups;
import be.openpas.passholder.MembershipStatus;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.NoPassholderWithCard;
import be.openpas.passholder.PassholderView;
import be.openpas.ticketing.internal.domain.Holder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Finds who buys (a passholder or a group pass) by the UiTPAS number on the card, with the problems of the contract's tariff and ticket-sale
 * operations: a malformed number, an unknown card, a card that is not active, a passholder without active
 * memberships.
 */
@Component
public class Holders {

    /** A resolved holder and, for a passholder, the full view (for the response's {@code passholder}). */
    public record Resolved(Holder holder, PassholderView passholder) {}

    private final CardLookups lookups;
    private final Municipalities municipalities;
    private final GroupPasses groupPasses;
    private final Clock clock;

    Holders(CardLookups lookups, Municipalities municipalities, GroupPasses groupPasses, Clock clock) {
        this.groupPasses = groupPasses;
        this.lookups = lookups;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    public Resolved resolve(String uitpasNumber) {
        CardLookup lookup = lookups.byUitpasNumber(uitpasNumber);
        return switch (lookup) {
            case CardLookup.Malformed malformed -> throw new InvalidUitpasNumber().exception();
            case CardLookup.Unknown unknown -> throw new NoPassholderWithCard(unknown.uitpasNumber()).exception();
            case CardLookup.HolderCard holder ->
                passholderHolder(holder.passholder(), holder.usableMembership().orElseThrow(), holder.uitpasNumber());
            default -> {
                if (lookup instanceof CardLookup.GroupPassCard groupPass
                        && groupPass.card().status() == CardStatus.ACTIVE) {
                    yield new Resolved(
                            groupHolder(groupPass.groupPass(), groupPass.card().uitpasNumber()), null);
                }
                throw lookup.notUsable().orElseThrow().exception();
            }
        };
    }

    private Resolved passholderHolder(PassholderView passholder, MembershipView ofCard, String uitpasNumber) {
        Map<Integer, Holder.Entitlement> socialTariffs = new HashMap<>();
        Map<Integer, OffsetDateTime> memberships = new HashMap<>();
        for (MembershipView membership : passholder.memberships()) {
            if (membership.status() == MembershipStatus.ACTIVE && membership.socialTariff() != null) {
                socialTariffs.put(
                        membership.cardSystemId(),
                        switch (membership.socialTariff().status()) {
                            case ACTIVE -> Holder.Entitlement.ENTITLED;
                            case EXPIRED -> Holder.Entitlement.EXPIRED;
                            case SUSPENDED -> Holder.Entitlement.SUSPENDED;
                        });
            }
            if (membership.countsAsActive()) {
                memberships.put(membership.cardSystemId(), membership.joinedAt());
            }
        }
        String postalCode =
                passholder.address() == null ? null : passholder.address().postalCode();
        LocalDate today = LocalDate.now(clock);
        Integer age = passholder.dateOfBirth() == null
                ? null
                : Period.between(passholder.dateOfBirth(), today).getYears();
        Holder holder = new Holder(
                Holder.Kind.PASSHOLDER,
                passholder.id(),
                uitpasNumber,
                ofCard.cardSystemId(),
                postalCode,
                municipality(postalCode),
                age,
                socialTariffs,
                memberships);
        return new Resolved(holder, passholder);
    }

    /**
     * A group pass as a holder: its kansenstatuut (no grace period) in its card system, where it is established, and
     * a membership of its card system since it was created.
     */
    private Holder groupHolder(GroupPassView group, String uitpasNumber) {
        Map<Integer, Holder.Entitlement> socialTariffs = new HashMap<>();
        if (group.socialTariffEndDate() != null) {
            socialTariffs.put(
                    group.cardSystemId(),
                    group.socialTariffActive(LocalDate.now(clock))
                            ? Holder.Entitlement.ENTITLED
                            : Holder.Entitlement.EXPIRED);
        }
        String postalCode = group.address() == null ? null : group.address().postalCode();
        return new Holder(
                Holder.Kind.GROUPPASS,
                group.id(),
                uitpasNumber,
                group.cardSystemId(),
                postalCode,
                municipality(postalCode),
                null,
                socialTariffs,
                Map.of(group.cardSystemId(), group.createdAt()));
    }

    /** The yearly budget a group pass has left (counted under the lock of a sale). */
    public int groupBudget(Holder holder) {
        return groupPasses.find(holder.id()).map(groupPasses::availableTickets).orElse(0);
    }

    /** The main municipality of a Belgian postal code ("Gent" for 9050), or {@code null} when unknown. */
    public String municipality(String postalCode) {
        if (postalCode == null || postalCode.isBlank()) {
            return null;
        }
        List<Municipality> found = municipalities.byPostalCode(postalCode);
        return found.isEmpty() ? null : found.getFirst().effectiveMainMunicipality();
    }
}

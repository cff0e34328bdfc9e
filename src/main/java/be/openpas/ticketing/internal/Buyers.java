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
import be.openpas.shared.refusal.Outcome;
import be.openpas.ticketing.internal.domain.BuyingMemberships;
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
 * Who buys (a passholder or a group pass), found by the UiTPAS number on the card, with the refusals of the contract's
 * tariff and ticket-sale operations: a malformed number, an unknown card, a card that is not active, a passholder
 * whose every membership is blocked ({@link BuyingMemberships}: an expired kansenstatuut does not make a membership
 * inactive here). A sale never needs the passholder's points, so they are not read: the passholder with their
 * memberships (one query) and their current cards (one query), through the passholder module's card lookup
 * ({@link CardLookups}, which every scan shares); what the lookup finds means here what {@link BuyingMemberships}
 * says.
 */
@Component
public class Buyers {

    /**
     * A buyer as the tariff rules see them, with the passholder (without points) or the group pass it was read from.
     */
    public record Buyer(Holder holder, PassholderView passholder, GroupPassView groupPass) {}

    private final CardLookups lookups;
    private final Municipalities municipalities;
    private final GroupPasses groupPasses;
    private final Clock clock;

    Buyers(CardLookups lookups, Municipalities municipalities, GroupPasses groupPasses, Clock clock) {
        this.lookups = lookups;
        this.municipalities = municipalities;
        this.groupPasses = groupPasses;
        this.clock = clock;
    }

    /** The buyer with this card, or the refusal. */
    public Buyer resolve(String uitpasNumber) {
        return find(uitpasNumber).orElseThrow();
    }

    /** The buyer with this card, or why the card cannot buy (as a value, for callers that show why). */
    public Outcome<Buyer> find(String uitpasNumber) {
        CardLookup lookup = lookups.byUitpasNumberWithoutPoints(uitpasNumber);
        return switch (lookup) {
            case CardLookup.Malformed malformed -> Outcome.refused(new InvalidUitpasNumber());
            case CardLookup.Unknown unknown -> Outcome.refused(new NoPassholderWithCard(unknown.uitpasNumber()));
            case CardLookup.HolderCard card -> passholder(card);
            case CardLookup.GroupPassCard card -> groupPass(card);
            default -> Outcome.refused(lookup.notUsable().orElseThrow());
        };
    }

    private Outcome<Buyer> passholder(CardLookup.HolderCard card) {
        PassholderView passholder = card.passholder();
        return BuyingMemberships.ofCard(passholder.id(), passholder.memberships(), card.uitpasNumber())
                .map(ofCard -> passholder(card, ofCard));
    }

    private Buyer passholder(CardLookup.HolderCard card, MembershipView ofCard) {
        PassholderView passholder = card.passholder();
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
            if (BuyingMemberships.counts(membership)) {
                memberships.put(membership.cardSystemId(), membership.joinedAt());
            }
        }
        String postalCode =
                passholder.address() == null ? null : passholder.address().postalCode();
        Integer age = passholder.dateOfBirth() == null
                ? null
                : Period.between(passholder.dateOfBirth(), LocalDate.now(clock)).getYears();
        Holder holder = new Holder(
                Holder.Kind.PASSHOLDER,
                passholder.id(),
                card.uitpasNumber(),
                ofCard.cardSystemId(),
                postalCode,
                municipality(postalCode),
                age,
                socialTariffs,
                memberships);
        return new Buyer(holder, passholder, null);
    }

    /** A group pass buys with its active card; any other status refuses as the card's status says. */
    private Outcome<Buyer> groupPass(CardLookup.GroupPassCard card) {
        if (card.card().status() != CardStatus.ACTIVE) {
            return Outcome.refused(card.notUsable().orElseThrow());
        }
        return Outcome.done(
                new Buyer(groupHolder(card.groupPass(), card.card().uitpasNumber()), null, card.groupPass()));
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
                    group.socialTariffActive(groupPasses.today())
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

    /** The main municipality of a Belgian postal code ("Gent" for 9050), or {@code null} when unknown. */
    public String municipality(String postalCode) {
        if (postalCode == null || postalCode.isBlank()) {
            return null;
        }
        List<Municipality> found = municipalities.byPostalCode(postalCode);
        return found.isEmpty() ? null : found.getFirst().effectiveMainMunicipality();
    }
}

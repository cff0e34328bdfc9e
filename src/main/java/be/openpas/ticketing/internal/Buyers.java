package be.openpas.ticketing.internal;

import be.openpas.card.CardStatus;
import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.InvalidCard;
import be.openpas.card.InvalidCardStatus;
import be.openpas.card.InvalidUitpasNumber;
import be.openpas.card.UitpasNumber;
import be.openpas.grouppass.GroupPassView;
import be.openpas.grouppass.GroupPasses;
import be.openpas.municipality.Municipalities;
import be.openpas.municipality.Municipality;
import be.openpas.passholder.MembershipStatus;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.NoPassholderWithCard;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.ticketing.internal.domain.BuyingMemberships;
import be.openpas.ticketing.internal.domain.Holder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who buys (a passholder or a group pass), found by the UiTPAS number on the card, with the refusals of the contract's
 * tariff and ticket-sale operations: a malformed number, an unknown card, a card that is not active, a passholder
 * whose every membership is blocked ({@link BuyingMemberships}: an expired kansenstatuut does not make a membership
 * inactive here). A sale never needs the passholder's points, so they are not read: the passholder with their
 * memberships (one query) and their current cards (one query).
 *
 * <p>Takes the place of {@link Holders} for tariffs and sales (issue 14: without the points balance); both give way to
 * the passholder module's shared card lookup.
 */
@Component
public class Buyers {

    /**
     * A buyer as the tariff rules see them, with the passholder (without points) or the group pass it was read from.
     */
    public record Buyer(Holder holder, PassholderView passholder, GroupPassView groupPass) {}

    private final Cards cards;
    private final Passholders passholders;
    private final Municipalities municipalities;
    private final GroupPasses groupPasses;
    private final Clock clock;

    Buyers(Cards cards, Passholders passholders, Municipalities municipalities, GroupPasses groupPasses, Clock clock) {
        this.cards = cards;
        this.passholders = passholders;
        this.municipalities = municipalities;
        this.groupPasses = groupPasses;
        this.clock = clock;
    }

    public Buyer resolve(String uitpasNumber) {
        UitpasNumber number = UitpasNumber.parse(uitpasNumber).orElseThrow(() -> new InvalidUitpasNumber().exception());
        // The common case first: the current card of a passholder, read with the passholder (one lookup).
        Optional<PassholderView> found = passholders.findByCardWithoutPoints(number.value());
        if (found.isEmpty()) {
            return groupPassOrRefusal(number);
        }
        PassholderView passholder = found.get();
        MembershipView ofCard = BuyingMemberships.ofCard(passholder.id(), passholder.memberships(), number.value())
                .orElseThrow();
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
                number.value(),
                ofCard.cardSystemId(),
                postalCode,
                municipality(postalCode),
                age,
                socialTariffs,
                memberships);
        return new Buyer(holder, passholder, null);
    }

    /** A card that is not a passholder's current card: a group pass's, or a refusal that says what is wrong. */
    private Buyer groupPassOrRefusal(UitpasNumber number) {
        CardView card =
                cards.find(number.value()).orElseThrow(() -> new NoPassholderWithCard(number.value()).exception());
        Optional<GroupPassView> group = groupPasses.findByUitpasNumber(card.uitpasNumber());
        if (card.status() != CardStatus.ACTIVE) {
            if (group.isPresent()) {
                throw InvalidCardStatus.ofPass(card.status(), group.get().id(), InvalidCardStatus.PassType.GROUP)
                        .exception();
            }
            UUID holderId = passholders.holderOfCard(card.uitpasNumber()).orElse(null);
            throw InvalidCardStatus.ofPass(card.status(), holderId, InvalidCardStatus.PassType.INDIVIDUAL)
                    .exception();
        }
        GroupPassView groupPass = group.orElseThrow(
                () -> new InvalidCard(card.uitpasNumber(), InvalidCard.Reason.NOT_A_PASSHOLDERS_CARD).exception());
        return new Buyer(groupHolder(groupPass, card.uitpasNumber()), null, groupPass);
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

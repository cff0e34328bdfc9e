package be.openpas.ticketing.internal;

import be.openpas.card.CardStatus;
import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.InvalidCard;
import be.openpas.card.InvalidCardStatus;
import be.openpas.card.InvalidUitpasNumber;
import be.openpas.card.UitpasNumber;
import be.openpas.municipality.Municipalities;
import be.openpas.municipality.Municipality;
import be.openpas.passholder.MembershipStatus;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.PassholderNotFound;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
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
 * Finds who buys by the UiTPAS number on the card, with the problems of the contract's tariff and ticket-sale
 * operations: a malformed number, an unknown card, a card that is not active, a passholder without active
 * memberships.
 */
@Component
public class Holders {

    /** A resolved holder and, for a passholder, the full view (for the response's {@code passholder}). */
    public record Resolved(Holder holder, PassholderView passholder) {}

    private final Cards cards;
    private final Passholders passholders;
    private final Municipalities municipalities;
    private final Clock clock;

    Holders(Cards cards, Passholders passholders, Municipalities municipalities, Clock clock) {
        this.cards = cards;
        this.passholders = passholders;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    public Resolved resolve(String uitpasNumber) {
        UitpasNumber number = UitpasNumber.parse(uitpasNumber).orElseThrow(InvalidUitpasNumber::compact);
        CardView card = cards.find(number.value())
                .orElseThrow(
                        () -> new PassholderNotFound("No passholder has card " + number.value() + ".").withStatus(400));
        if (card.status() != CardStatus.ACTIVE) {
            String holderId = passholders
                    .holderOfCard(card.uitpasNumber())
                    .map(Object::toString)
                    .orElse(null);
            throw InvalidCardStatus.ofPass(card.status(), holderId, "INDIVIDUAL");
        }
        PassholderView passholder = passholders
                .findByCard(card.uitpasNumber())
                .orElseThrow(() -> new InvalidCard("Card " + card.uitpasNumber() + " is not a passholder's card."));
        if (!passholder.hasActiveMembership()) {
            throw new ApiProblem(
                    ProblemType.PASSHOLDER_NO_ACTIVE_CARDSYSTEMS,
                    "The passholder has no active membership (or only ones with an expired kansenstatuut).");
        }
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
                card.uitpasNumber(),
                card.cardSystemId(),
                postalCode,
                municipality(postalCode),
                age,
                socialTariffs,
                memberships);
        return new Resolved(holder, passholder);
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

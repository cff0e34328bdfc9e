package be.openpas.passholder;

import be.openpas.card.CardStatus;
import be.openpas.card.CardView;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Identifying a pass at a counter (contract: GET /passes and the deprecated lookups), with the messages the counter
 * must show: an expired, suspended or soon ending kansenstatuut, the grace period, blocked cards or memberships.
 */
@Service
@Transactional(readOnly = true)
public class Passes {

    /** How the problems of a lookup are typed: GET /passes, or the older per-identifier lookups. */
    public enum Style {
        /** A card that is not active gives {@code invalid-card-status} with the card status. */
        IDENTIFIER,
        /** A blocked card gives {@code card-blocked}; other inactive cards are not found. */
        DEPRECATED
    }

    /** Days before the end of a kansenstatuut from which the counter is told it ends soon. */
    static final int ENDING_SOON_DAYS = 30;

    private final Passholders passholders;
    private final CardLookups lookups;
    private final CardSystems cardSystems;
    private final Clock clock;

    Passes(Passholders passholders, CardLookups lookups, CardSystems cardSystems, Clock clock) {
        this.passholders = passholders;
        this.lookups = lookups;
        this.cardSystems = cardSystems;
        this.clock = clock;
    }

    /**
     * Finds a pass by any identifier: a 13-digit UiTPAS number, an 11-digit INSZ number (also as read from the eID
     * barcode, with separators), or a hexadecimal chip number.
     */
    public PassLookup byIdentifier(String identifier) {
        String digits = identifier == null ? "" : identifier.replaceAll("[\\s.\\-/]", "");
        if (digits.matches("\\d{13}")) {
            return byUitpasNumber(digits);
        }
        if (digits.matches("\\d{11}")) {
            return byInsz(digits);
        }
        return byChipNumber(identifier);
    }

    public PassLookup byUitpasNumber(String uitpasNumber) {
        return byCard(lookups.byUitpasNumber(uitpasNumber));
    }

    public PassLookup byChipNumber(String chipNumber) {
        return lookups.cardWithChip(chipNumber)
                .map(card -> byCard(lookups.byUitpasNumber(card.uitpasNumber())))
                .orElseGet(PassLookup.NotFound::new);
    }

    /**
     * The pass of the passholder with this INSZ number: the card of their oldest active membership with an active
     * card; otherwise why not (every membership blocked, a blocked card).
     */
    public PassLookup byInsz(String insz) {
        Optional<PassholderView> found = passholders.findByInsz(insz);
        if (found.isEmpty()) {
            return new PassLookup.NotFound();
        }
        PassholderView passholder = found.get();
        Optional<String> number = passholder.uitpasNumber();
        if (number.isPresent()) {
            return new PassLookup.Found(view(
                    passholder,
                    passholder.memberships().stream()
                            .filter(m -> number.get().equals(m.currentCard()))
                            .findFirst()
                            .orElseThrow()));
        }
        if (passholder.memberships().stream().allMatch(m -> m.status() == MembershipStatus.BLOCKED)) {
            return new PassLookup.MembershipBlocked();
        }
        boolean blockedCard = passholder.memberships().stream()
                .anyMatch(m -> m.currentCard() != null && m.cardStatus() == CardStatus.BLOCKED);
        return blockedCard
                ? new PassLookup.InactiveCard(CardStatus.BLOCKED, passholder.id())
                : new PassLookup.NotFound();
    }

    private PassLookup byCard(CardLookup lookup) {
        return switch (lookup) {
            case CardLookup.Malformed malformed -> new PassLookup.NotFound();
            case CardLookup.Unknown unknown -> new PassLookup.NotFound();
            case CardLookup.HolderCard holder -> ofHolder(holder);
            // a card that is not a passholder's current card: not found when active, else as its status says
            case CardLookup.FormerHolderCard former ->
                notCurrent(former.card(), former.passholderId().value());
            case CardLookup.GroupPassCard groupPass -> notCurrent(groupPass.card(), null);
            case CardLookup.NotHandedOut stock -> notCurrent(stock.card(), null);
        };
    }

    private PassLookup ofHolder(CardLookup.HolderCard holder) {
        if (holder.cardStatus() != CardStatus.ACTIVE) {
            return new PassLookup.InactiveCard(
                    holder.cardStatus(), holder.passholder().id());
        }
        if (holder.membership().status() == MembershipStatus.BLOCKED) {
            return new PassLookup.MembershipBlocked();
        }
        return new PassLookup.Found(view(holder.passholder(), holder.membership()));
    }

    private static PassLookup notCurrent(CardView card, UUID holder) {
        return card.status() == CardStatus.ACTIVE
                ? new PassLookup.NotFound()
                : new PassLookup.InactiveCard(card.status(), holder);
    }

    private PassView view(PassholderView passholder, MembershipView membership) {
        LocalDate today = LocalDate.now(clock);
        List<PassView.Message> messages = new ArrayList<>();
        SocialTariffView socialTariff = membership.socialTariff();
        if (socialTariff != null) {
            switch (socialTariff.status()) {
                case EXPIRED ->
                    messages.add(new PassView.Message(
                            PassView.Level.WARN, "pass.socialTariff.expired", List.of(socialTariff.endDate()), true));
                case SUSPENDED ->
                    messages.add(new PassView.Message(
                            PassView.Level.WARN,
                            "pass.socialTariff.suspended",
                            List.of(socialTariff.suspendedUntil()),
                            true));
                case ACTIVE -> {
                    if (socialTariff.inGracePeriod()) {
                        messages.add(new PassView.Message(
                                PassView.Level.WARN,
                                "pass.socialTariff.gracePeriod",
                                List.of(socialTariff.endDate(), socialTariff.graceEnd()),
                                true));
                    } else if (!socialTariff.endDate().isAfter(today.plusDays(ENDING_SOON_DAYS))) {
                        messages.add(new PassView.Message(
                                PassView.Level.INFO,
                                "pass.socialTariff.endingSoon",
                                List.of(socialTariff.endDate()),
                                true));
                    }
                }
            }
        }
        for (MembershipView other : passholder.memberships()) {
            if (other.cardSystemId() == membership.cardSystemId()) {
                continue;
            }
            String key = other.status() == MembershipStatus.BLOCKED
                    ? "pass.membershipBlocked"
                    : other.currentCard() != null && other.cardStatus() == CardStatus.BLOCKED
                            ? "pass.otherCardBlocked"
                            : null;
            if (key != null) {
                String name = cardSystems
                        .find(CardSystemId.of(other.cardSystemId()))
                        .map(CardSystemView::name)
                        .orElse("");
                messages.add(new PassView.Message(PassView.Level.INFO, key, List.of(name), false));
            }
        }
        if (!passholder.hasActiveMembership()) {
            messages.add(new PassView.Message(PassView.Level.ERROR, "pass.noActiveMembership", List.of(), true));
        }
        return new PassView(
                passholder.id(),
                membership.currentCard(),
                membership.cardSystemId(),
                passholder.firstName(),
                passholder.points(),
                passholder.address().postalCode(),
                socialTariff,
                messages);
    }
}

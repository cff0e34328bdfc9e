package be.openpas.passholder;

import be.openpas.card.CardStatus;
import be.openpas.card.CardView;
import be.openpas.card.InvalidCardStatus;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.shared.refusal.RefusalException;
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
    public PassView byIdentifier(String identifier, Style style) {
        String digits = identifier == null ? "" : identifier.replaceAll("[\\s.\\-/]", "");
        if (digits.matches("\\d{13}")) {
            return byUitpasNumber(digits, style);
        }
        if (digits.matches("\\d{11}")) {
            return byInsz(digits, style);
        }
        return byChipNumber(identifier, style);
    }

    public PassView byUitpasNumber(String uitpasNumber, Style style) {
        return byCard(lookups.byUitpasNumber(uitpasNumber), style);
    }

    public PassView byChipNumber(String chipNumber, Style style) {
        CardView card = lookups.cardWithChip(chipNumber).orElseThrow(Passes::notFound);
        return byCard(lookups.byUitpasNumber(card.uitpasNumber()), style);
    }

    public PassView byInsz(String insz, Style style) {
        PassholderView passholder = passholders.findByInsz(insz).orElseThrow(Passes::notFound);
        Optional<String> number = passholder.uitpasNumber();
        if (number.isPresent()) {
            return view(
                    passholder,
                    passholder.memberships().stream()
                            .filter(m -> number.get().equals(m.currentCard()))
                            .findFirst()
                            .orElseThrow());
        }
        if (passholder.memberships().stream().allMatch(m -> m.status() == MembershipStatus.BLOCKED)) {
            throw passholderBlocked();
        }
        Optional<MembershipView> blockedCard = passholder.memberships().stream()
                .filter(m -> m.currentCard() != null && m.cardStatus() == CardStatus.BLOCKED)
                .findFirst();
        if (blockedCard.isPresent()) {
            throw style == Style.IDENTIFIER
                    ? InvalidCardStatus.ofPass(
                                    CardStatus.BLOCKED, passholder.id(), InvalidCardStatus.PassType.INDIVIDUAL)
                            .exception()
                    : cardBlocked();
        }
        throw notFound();
    }

    private PassView byCard(CardLookup lookup, Style style) {
        return switch (lookup) {
            case CardLookup.Malformed malformed -> throw notFound();
            case CardLookup.Unknown unknown -> throw notFound();
            case CardLookup.HolderCard holder -> {
                if (holder.cardStatus() != CardStatus.ACTIVE) {
                    throw inactive(holder.cardStatus(), holder.passholder().id(), style);
                }
                if (holder.membership().status() == MembershipStatus.BLOCKED) {
                    throw passholderBlocked();
                }
                yield view(holder.passholder(), holder.membership());
            }
            // a card that is not a passholder's current card: not found when active, else as its status says
            case CardLookup.FormerHolderCard former -> throw notCurrent(former.card(), former.passholderId(), style);
            case CardLookup.GroupPassCard groupPass -> throw notCurrent(groupPass.card(), null, style);
            case CardLookup.NotHandedOut stock -> throw notCurrent(stock.card(), null, style);
        };
    }

    private static RefusalException notCurrent(CardView card, UUID holder, Style style) {
        return card.status() == CardStatus.ACTIVE ? notFound() : inactive(card.status(), holder, style);
    }

    /** A card that is not active: its status (and holder) for GET /passes, card-blocked or not found for the others. */
    private static RefusalException inactive(CardStatus status, UUID holder, Style style) {
        if (style == Style.DEPRECATED) {
            return status == CardStatus.BLOCKED ? cardBlocked() : notFound();
        }
        return InvalidCardStatus.ofPass(status, holder, InvalidCardStatus.PassType.INDIVIDUAL)
                .exception();
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
                        .find(other.cardSystemId())
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

    private static RefusalException notFound() {
        return new PassNotFound().exception();
    }

    private static RefusalException passholderBlocked() {
        return new PassholderBlocked().exception();
    }

    private static RefusalException cardBlocked() {
        return new CardBlocked().exception();
    }
}

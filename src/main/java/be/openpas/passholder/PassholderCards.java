package be.openpas.passholder;

import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.InvalidCard;
import be.openpas.card.InvalidCardStatus;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.membershipprice.MembershipPrice;
import be.openpas.membershipprice.MembershipPrices;
import be.openpas.membershipprice.PriceQuestion;
import be.openpas.membershipprice.PurchaseReason;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.OrganizerNotFound;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.internal.Outcomes;
import be.openpas.passholder.internal.PassholderViews;
import be.openpas.passholder.internal.SocialTariffGrants;
import be.openpas.passholder.internal.StockCards;
import be.openpas.passholder.internal.domain.PersonRules;
import be.openpas.passholder.internal.domain.ReplacementReasons;
import be.openpas.passholder.internal.persistence.MembershipRow;
import be.openpas.passholder.internal.persistence.PassholderRepository;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.Outcome;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cards of a passholder's memberships over time (domain.md 3.11): replacing a card (lost, stolen, defect, or to
 * obtain or lose a kansenstatuut) and what it costs, blocking and unblocking a card, blocking a membership, and the
 * card history. The changes answer an {@link be.openpas.shared.refusal.Outcome}: the result, or the refusal (and
 * nothing written).
 */
@Service
@Transactional(readOnly = true)
public class PassholderCards {

    private final PassholderRepository repository;
    private final PassholderViews views;
    private final StockCards stockCards;
    private final SocialTariffGrants grants;
    private final Cards cards;
    private final CardSystems cardSystems;
    private final Organizers organizers;
    private final MembershipPrices prices;
    private final Clock clock;

    PassholderCards(
            PassholderRepository repository,
            PassholderViews views,
            StockCards stockCards,
            SocialTariffGrants grants,
            Cards cards,
            CardSystems cardSystems,
            Organizers organizers,
            MembershipPrices prices,
            Clock clock) {
        this.repository = repository;
        this.views = views;
        this.stockCards = stockCards;
        this.grants = grants;
        this.cards = cards;
        this.cardSystems = cardSystems;
        this.organizers = organizers;
        this.prices = prices;
        this.clock = clock;
    }

    /** Blocks or unblocks a membership (the card system's administrator only). */
    @Transactional
    public PassholderView setMembershipStatus(PassholderId id, CardSystemId cardSystemId, MembershipStatus status) {
        MembershipRow membership = views.membership(id.value(), cardSystemId.value());
        repository.updateMembership(membership.withStatus(status));
        return views.get(id.value());
    }

    /** Blocks the current card of a membership; the membership stays (domain.md 3.11). */
    @Transactional
    public Outcome<PassholderView> blockCard(PassholderId id, CardSystemId cardSystemId) {
        return Outcomes.of(() -> {
            return changeCardStatus(id, cardSystemId, CardStatus.ACTIVE, CardStatus.BLOCKED);
        });
    }

    /** Unblocks the blocked current card of a membership. */
    @Transactional
    public Outcome<PassholderView> unblockCard(PassholderId id, CardSystemId cardSystemId) {
        return Outcomes.of(() -> {
            return changeCardStatus(id, cardSystemId, CardStatus.BLOCKED, CardStatus.ACTIVE);
        });
    }

    private PassholderView changeCardStatus(
            PassholderId id, CardSystemId cardSystemId, CardStatus from, CardStatus to) {
        MembershipRow membership = views.membership(id.value(), cardSystemId.value());
        if (membership.currentCard() == null) {
            throw new InvalidCard(InvalidCard.Reason.NO_CARD).exception();
        }
        CardView card = cards.find(membership.currentCard()).orElseThrow();
        if (card.status() != from) {
            throw new InvalidCardStatus(card.status()).exception();
        }
        cards.changeStatus(card.uitpasNumber(), to);
        return views.get(id.value());
    }

    /**
     * Replaces the card of a membership by a card from the counter's stock (or a digital one). Points, history and
     * personal data stay with the passholder; the old card is blocked. The reason follows from the kansenpas flags
     * (domain.md 3.11); obtaining a kansenstatuut needs an end date, losing it ends the kansenstatuut, and when both
     * cards are kansenpassen the end date stays.
     */
    @Transactional
    public Outcome<Replacement> replaceCard(
            PassholderId id, CardSystemId cardSystemId, CardReplacement replacement, RegistrationRights rights) {
        return Outcomes.of(() -> {
            LocalDate today = LocalDate.now(clock);
            PassholderView passholder = views.get(id.value());
            MembershipRow membership = views.membership(id.value(), cardSystemId.value());
            CardSystemView cardSystem = cardSystems.get(cardSystemId);
            OrganizerView organizer = organizers
                    .find(OrganizerId.of(replacement.organizerId()))
                    .orElseThrow(() -> OrganizerNotFound.referenced(replacement.organizerId())
                            .exception());
            CardView oldCard = membership.currentCard() == null
                    ? null
                    : cards.find(membership.currentCard()).orElse(null);
            boolean oldKansenpas = oldCard != null && oldCard.socialTariff();

            CardView stockCard = null;
            boolean newKansenpas;
            if (replacement.cardType() == CardType.NFC_CARD) {
                stockCard = stockCards.stockCard(
                        replacement.uitpasNumber(), "uitpasNumber", cardSystemId.value(), organizer.id());
                newKansenpas = stockCard.socialTariff();
            } else {
                newKansenpas = oldKansenpas || replacement.socialTariffEndDate() != null;
                StockCards.requireCardless(cardSystem, newKansenpas);
            }
            PurchaseReason reason = ReplacementReasons.derive(oldKansenpas, newKansenpas, replacement.defect());
            LocalDate endDate = membership.socialTariffEndDate();
            if (reason == PurchaseReason.OBTAIN_KANSENSTATUUT) {
                if (replacement.socialTariffEndDate() == null) {
                    throw InvalidInput.of("socialTariffEndDate", "is required when obtaining a kansenstatuut")
                            .exception();
                }
                endDate = grants.endDate(
                        passholder.address(),
                        cardSystem,
                        organizer,
                        rights,
                        replacement.socialTariffEndDate(),
                        today,
                        "socialTariffEndDate");
            } else if (reason == PurchaseReason.LOSS_KANSENSTATUUT) {
                endDate = today.minusDays(cardSystem.socialTariff().gracePeriodDays() + 1L);
            }
            MembershipPrice price = quote(passholder, cardSystem, reason, replacement, newKansenpas, today);
            if (oldCard != null && oldCard.status() == CardStatus.ACTIVE) {
                cards.changeStatus(oldCard.uitpasNumber(), CardStatus.BLOCKED);
            }
            if (oldCard != null) {
                repository.closeCardHistory(oldCard.uitpasNumber());
            }
            CardView newCard = stockCards.handOut(stockCard, cardSystemId.value(), organizer.id(), newKansenpas);
            repository.updateMembership(membership.withCard(newCard.uitpasNumber(), endDate));
            repository.openCardHistory(id.value(), cardSystemId.value(), newCard.uitpasNumber(), reason.name());
            if (StockCards.voucher(replacement.voucher()) != null) {
                prices.useVoucher(cardSystemId.value(), replacement.voucher(), id.value());
            }
            return new Replacement(views.get(id.value()), reason, price);
        });
    }

    /**
     * What a card replacement would cost and why (the reason derived as {@link #replaceCard} derives it), before it is
     * made. An unknown or used voucher is {@code invalid-voucher-code}; the other rules are checked at replacement.
     */
    public Outcome<ReplacementPrice> replacementPrice(
            PassholderId id, CardSystemId cardSystemId, CardReplacement replacement) {
        return Outcomes.of(() -> {
            PassholderView passholder = views.get(id.value());
            MembershipRow membership = views.membership(id.value(), cardSystemId.value());
            CardSystemView cardSystem = cardSystems.get(cardSystemId);
            boolean oldKansenpas = membership.currentCard() != null
                    && cards.find(membership.currentCard())
                            .map(CardView::socialTariff)
                            .orElse(false);
            boolean newKansenpas = replacement.cardType() == CardType.NFC_CARD
                    ? stockCards.kansenpas(replacement.uitpasNumber())
                    : oldKansenpas || replacement.socialTariffEndDate() != null;
            PurchaseReason reason = ReplacementReasons.derive(oldKansenpas, newKansenpas, replacement.defect());
            return new ReplacementPrice(
                    reason, quote(passholder, cardSystem, reason, replacement, newKansenpas, LocalDate.now(clock)));
        });
    }

    private MembershipPrice quote(
            PassholderView passholder,
            CardSystemView cardSystem,
            PurchaseReason reason,
            CardReplacement replacement,
            boolean newKansenpas,
            LocalDate today) {
        return prices.quote(new PriceQuestion(
                cardSystem.id(),
                reason,
                replacement.cardType(),
                PersonRules.age(passholder.dateOfBirth(), today),
                SocialTariffGrants.inhabitant(cardSystem, passholder.address()),
                newKansenpas,
                StockCards.voucher(replacement.voucher())));
    }

    /** Why a card would be replaced (derived from the kansenpas flags) and what it costs. */
    public record ReplacementPrice(PurchaseReason reason, MembershipPrice price) {}

    /** The outcome of a card replacement: the passholder, the derived reason and the price to pay. */
    public record Replacement(PassholderView passholder, PurchaseReason reason, MembershipPrice price) {}

    public List<CardHistoryEntry> cardHistory(PassholderId id) {
        views.get(id.value());
        return repository.cardHistory(id.value()).stream()
                .map(h -> new CardHistoryEntry(
                        h.cardSystemId(), h.uitpasNumber(), PurchaseReason.valueOf(h.reason()), h.from(), h.until()))
                .toList();
    }

    /** A card a passholder held in a card system, why it was issued, and while it was current. */
    public record CardHistoryEntry(
            int cardSystemId, String uitpasNumber, PurchaseReason reason, OffsetDateTime from, OffsetDateTime until) {}
}

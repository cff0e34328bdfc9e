package be.openpas.passholder;

import be.openpas.card.CardStatus;
import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.grouppass.GroupPassView;
import be.openpas.grouppass.GroupPasses;
import be.openpas.passholder.internal.domain.Kansenstatuut;
import be.openpas.passholder.internal.persistence.MembershipRow;
import be.openpas.passholder.internal.persistence.PassholderRepository;
import be.openpas.passholder.internal.persistence.SocialTariffExportRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The export of a card system's valid social-tariff cards for external systems ({@code GET
 * /cards/social-tariff/{cardSystemId}/active}): the full list, or only what changed since an earlier export.
 *
 * <p>Whether a card is valid depends on dates (an end date plus grace period passes at midnight without anybody
 * doing anything), so changes are not caught when they happen: each export compares the valid cards now with what the
 * previous export of the card system saw, and records the differences with the moment of this export. Every export
 * answers that moment; a client that asks for the changes since the moment of its previous export gets every change
 * exactly once. Exports of one card system take turns (a lock on its export state), so moments strictly increase.
 *
 * <p>The export has individual kansenpassen ({@code REGULAR}) and the cards of group passes whose kansenstatuut is
 * active ({@code GROUP}, with the tickets left this year). A group pass's tickets change with every sale and on 1
 * January, which is not a change of the list: every delta therefore repeats each valid GROUP card as {@code ADD} with
 * its current count (group passes are few), so a client that applies the deltas always has the current counts.
 */
@Service
public class SocialTariffExports {

    private final CardSystems cardSystems;
    private final PassholderRepository passholders;
    private final Cards cards;
    private final GroupPasses groupPasses;
    private final SocialTariffExportRepository repository;
    private final Clock clock;

    private final TransactionTemplate separately;

    SocialTariffExports(
            CardSystems cardSystems,
            PassholderRepository passholders,
            Cards cards,
            GroupPasses groupPasses,
            SocialTariffExportRepository repository,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.cardSystems = cardSystems;
        this.passholders = passholders;
        this.cards = cards;
        this.groupPasses = groupPasses;
        this.repository = repository;
        this.clock = clock;
    }

    /** Every valid social-tariff card of the card system now. */
    @Transactional
    public Export all(CardSystemId cardSystemId) {
        Sync sync = sync(cardSystemId.value());
        return new Export(
                sync.current().stream()
                        .sorted()
                        .map(number -> sync.groupCards().containsKey(number)
                                ? Change.group(
                                        number, Operation.ADD, sync.groupCards().get(number))
                                : Change.regular(number, Operation.ADD))
                        .toList(),
                sync.at());
    }

    /**
     * The cards that became valid ({@code ADD}) or stopped being valid ({@code DELETE}) after {@code since}: per card
     * its last change only, so applying them in any order gives the current list. Every valid GROUP card is in it
     * (its tickets left may have changed).
     */
    @Transactional
    public Export changesSince(CardSystemId cardSystemId, OffsetDateTime since) {
        Sync sync = sync(cardSystemId.value());
        Map<String, String> recorded = repository.changesSince(cardSystemId.value(), since);
        Set<String> passholderCards = repository.passholderCards(recorded.keySet());
        Map<String, Change> changes = new LinkedHashMap<>();
        recorded.forEach((number, operation) -> {
            Operation op = Operation.valueOf(operation);
            // only passholders' kansenpassen and group pass cards enter the export: a card no passholder ever held
            // is (or was: blocked, replaced, deleted) the card of a group pass
            changes.put(
                    number,
                    passholderCards.contains(number)
                            ? Change.regular(number, op)
                            : Change.group(number, op, sync.groupCards().get(number)));
        });
        sync.groupCards().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(group -> changes.putIfAbsent(
                        group.getKey(), Change.group(group.getKey(), Operation.ADD, group.getValue())));
        return new Export(List.copyOf(changes.values()), sync.at());
    }

    private Sync sync(int cardSystemId) {
        cardSystems.get(CardSystemId.of(
                cardSystemId)); // a card system that does not exist: its problem, before anything is written
        if (!repository.exists(cardSystemId)) {
            try {
                // committed on its own, so that a concurrent first export waits on the lock below instead of failing
                separately.executeWithoutResult(status -> repository.create(cardSystemId));
            } catch (DuplicateKeyException createdMeanwhile) {
                // another export created it: fine
            }
        }
        OffsetDateTime previous = repository.lock(cardSystemId);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        if (!now.isAfter(previous)) {
            now = previous.plus(1, ChronoUnit.MICROS);
        }
        Set<String> current = new HashSet<>(socialTariffCards(cardSystemId));
        Map<String, Integer> groupCards = new LinkedHashMap<>();
        groupPasses.withActiveSocialTariff(CardSystemId.of(cardSystemId)).stream()
                .sorted(Comparator.comparing(GroupPassView::uitpasNumber))
                .forEach(pass -> groupCards.put(pass.uitpasNumber(), groupPasses.availableTickets(pass)));
        current.addAll(groupCards.keySet());
        Set<String> seen = repository.cards(cardSystemId);
        Set<String> added = new HashSet<>(current);
        added.removeAll(seen);
        Set<String> removed = new HashSet<>(seen);
        removed.removeAll(current);
        repository.record(cardSystemId, added, removed, now);
        return new Sync(current, groupCards, now);
    }

    /** The valid cards now, the group pass cards among them with their tickets left, and the moment of the export. */
    private record Sync(Set<String> current, Map<String, Integer> groupCards, OffsetDateTime at) {}

    public enum Operation {
        ADD,
        DELETE
    }

    /** The contract's card types of the export: a passholder's kansenpas or the card of a group pass. */
    public enum CardKind {
        REGULAR,
        GROUP
    }

    /**
     * A card in the export; in the full list every card is an implicit {@code ADD}. {@code availableTickets} is only
     * given for a valid GROUP card: the tickets its group pass has left this calendar year.
     */
    public record Change(String uitpasNumber, Operation operation, CardKind cardType, Integer availableTickets) {

        static Change regular(String uitpasNumber, Operation operation) {
            return new Change(uitpasNumber, operation, CardKind.REGULAR, null);
        }

        static Change group(String uitpasNumber, Operation operation, Integer availableTickets) {
            return new Change(uitpasNumber, operation, CardKind.GROUP, availableTickets);
        }
    }

    /** The cards (or changes), and the moment the export describes: pass it as {@code since} next time. */
    public record Export(List<Change> cards, OffsetDateTime at) {}

    /**
     * The current social-tariff cards of a card system: members whose kansenstatuut entitles them today (grace period
     * included, suspensions excluded), with an active current card in an active membership.
     */
    private List<String> socialTariffCards(int cardSystemId) {
        CardSystemView cardSystem = cardSystems.get(CardSystemId.of(cardSystemId));
        LocalDate today = LocalDate.now(clock);
        int grace = cardSystem.socialTariff().gracePeriodDays();
        List<MembershipRow> candidates = passholders.socialTariffMemberships(cardSystemId, today.minusDays(grace));
        Map<String, CardView> currentCards = cards.findAll(
                candidates.stream().map(MembershipRow::currentCard).toList());
        return candidates.stream()
                .filter(m -> new Kansenstatuut(m.socialTariffEndDate(), m.socialTariffSuspendedUntil())
                        .on(today, grace)
                        .entitled())
                .filter(m -> currentCards.containsKey(m.currentCard())
                        && currentCards.get(m.currentCard()).status() == CardStatus.ACTIVE)
                .map(MembershipRow::currentCard)
                .toList();
    }
}

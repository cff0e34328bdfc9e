package be.openpas.passholder;

import be.openpas.cardsystem.CardSystems;
import be.openpas.passholder.internal.persistence.SocialTariffExportRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
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
 */
@Service
public class SocialTariffExports {

    private final CardSystems cardSystems;
    private final Passholders passholders;
    private final SocialTariffExportRepository repository;
    private final Clock clock;

    private final TransactionTemplate separately;

    SocialTariffExports(
            CardSystems cardSystems,
            Passholders passholders,
            SocialTariffExportRepository repository,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.cardSystems = cardSystems;
        this.passholders = passholders;
        this.repository = repository;
        this.clock = clock;
    }

    /** Every valid social-tariff card of the card system now. */
    @Transactional
    public Export all(int cardSystemId) {
        Sync sync = sync(cardSystemId);
        return new Export(sync.current().stream().sorted().map(Change::valid).toList(), sync.at());
    }

    /**
     * The cards that became valid ({@code ADD}) or stopped being valid ({@code DELETE}) after {@code since}: per card
     * its last change only, so applying them in any order gives the current list.
     */
    @Transactional
    public Export changesSince(int cardSystemId, OffsetDateTime since) {
        Sync sync = sync(cardSystemId);
        Map<String, String> changes = repository.changesSince(cardSystemId, since);
        return new Export(
                changes.entrySet().stream()
                        .map(change -> new Change(change.getKey(), Operation.valueOf(change.getValue())))
                        .toList(),
                sync.at());
    }

    private Sync sync(int cardSystemId) {
        cardSystems.get(cardSystemId); // a card system that does not exist: its problem, before anything is written
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
        Set<String> current = new HashSet<>(passholders.socialTariffCards(cardSystemId));
        Set<String> seen = repository.cards(cardSystemId);
        Set<String> added = new HashSet<>(current);
        added.removeAll(seen);
        Set<String> removed = new HashSet<>(seen);
        removed.removeAll(current);
        repository.record(cardSystemId, added, removed, now);
        return new Sync(current, now);
    }

    private record Sync(Set<String> current, OffsetDateTime at) {}

    public enum Operation {
        ADD,
        DELETE
    }

    /** A card in the export; in the full list every card is an implicit {@code ADD}. */
    public record Change(String uitpasNumber, Operation operation) {

        static Change valid(String uitpasNumber) {
            return new Change(uitpasNumber, Operation.ADD);
        }
    }

    /** The cards (or changes), and the moment the export describes: pass it as {@code since} next time. */
    public record Export(List<Change> cards, OffsetDateTime at) {}
}

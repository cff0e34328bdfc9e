package be.openpas.points;

import be.openpas.points.internal.persistence.PointsRepository;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.refusal.InvalidInput;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points ledger. A change is written as an entry and added to the balance in one transaction; the balance row is
 * updated with a condition that keeps it at zero or more, so two concurrent redemptions can never spend the same
 * points twice.
 *
 * <p>Callers that decide on the balance first (a check-in counts earlier check-ins, a redemption compares the
 * reward's points with the balance) call {@link #lock} before they look: every change of one passholder's points
 * then runs after the other.
 */
@Service
public class Points {

    /** Largest correction an administrator can make at once. */
    public static final int MAX_CORRECTION = 10_000;

    /** An entry and the balance right after it. */
    public record Recorded(PointsEntry entry, int balance) {}

    private final PointsRepository repository;
    private final Clock clock;

    Points(PointsRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Locks the passholder's balance until the current transaction ends and returns it (0 for a passholder who never
     * had points).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int lock(UUID passholderId) {
        OptionalInt balance = repository.lockBalance(passholderId);
        if (balance.isPresent()) {
            return balance.getAsInt();
        }
        try {
            repository.insertBalanceIfAbsent(passholderId);
        } catch (DuplicateKeyException createdMeanwhile) {
            // another transaction created it first; locking it below waits for that one
        }
        return repository.lockBalance(passholderId).orElseThrow();
    }

    /**
     * Records a change and returns the entry with the new balance.
     *
     * <p>Refuses with {@link NotEnoughPoints} when taking points would make the balance negative (nothing is written).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Recorded record(PointsChange change) {
        return recordAt(change, OffsetDateTime.now(clock));
    }

    /** Records a change that happened earlier (history brought in by the import). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Recorded recordAt(PointsChange change, OffsetDateTime at) {
        OptionalInt balance = repository.addToBalance(change.passholderId(), change.points());
        if (balance.isEmpty()) {
            int current = lock(change.passholderId());
            balance = repository.addToBalance(change.passholderId(), change.points());
            if (balance.isEmpty()) {
                throw new NotEnoughPoints(current, -change.points()).exception();
            }
        }
        PointsEntry entry = repository.insertEntry(change, at);
        return new Recorded(entry, balance.getAsInt());
    }

    /** A correction by an administrator: a number of points (either sign, not 0) and a reason, kept in the ledger. */
    @Transactional
    public Recorded correct(UUID passholderId, int points, String reason, String correctedBy) {
        if (points == 0 || Math.abs(points) > MAX_CORRECTION) {
            throw InvalidInput.of("points", "a number of points other than 0, at most " + MAX_CORRECTION)
                    .exception();
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "a correction needs a reason").exception();
        }
        int balance = lock(passholderId);
        if (balance + points < 0) {
            throw InvalidInput.of("points", "the balance is " + balance + "; a correction cannot make it negative")
                    .exception();
        }
        return record(new PointsChange(
                passholderId, EntryKind.CORRECTION, points, "Correctie", "", null, reason.strip(), correctedBy));
    }

    @Transactional(readOnly = true)
    public int balance(UUID passholderId) {
        return repository.balances(java.util.List.of(passholderId)).getOrDefault(passholderId, 0);
    }

    /** The balances of these passholders; a passholder who never had points is not in the map (their balance is 0). */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> balancesOf(Collection<UUID> passholderIds) {
        return repository.balances(passholderIds);
    }

    /** The ledger of a passholder, newest first unless {@code ascending}. */
    @Transactional(readOnly = true)
    public Page<PointsEntry> history(UUID passholderId, PageRequest page, boolean ascending) {
        return repository.entries(passholderId, page, ascending);
    }

    /** The sum of all entries of a passholder (equals the balance; for checks and tests). */
    @Transactional(readOnly = true)
    public int sumOfEntries(UUID passholderId) {
        return repository.sumOfEntries(passholderId);
    }
}

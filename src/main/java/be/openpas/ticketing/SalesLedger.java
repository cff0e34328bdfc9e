package be.openpas.ticketing;

import be.openpas.ticketing.internal.persistence.SaleLedgerRepository;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored sales as reports and statistics read them: never recomputed, only the regular price, tariff and shares
 * kept with each sale at the moment it was made (docs/distribution-keys.md, "History never changes"). Cancelled sales
 * are left out. Periods are half-open: [from, until).
 */
@Service
public class SalesLedger {

    private final SaleLedgerRepository repository;
    private final TransactionTemplate readTransaction;
    private final TransactionTemplate snapshot;

    SalesLedger(SaleLedgerRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.readTransaction = new TransactionTemplate(transactions);
        this.readTransaction.setReadOnly(true);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * Streams the sales with their shares, in the order they were registered, in bounded memory (rows are fetched in batches inside a
     * transaction, joining the caller's).
     */
    public void forEach(SaleScope scope, OffsetDateTime from, OffsetDateTime until, Consumer<SettledSale> action) {
        snapshot.executeWithoutResult(status -> repository.forEach(scope, from, until, action));
    }

    /** What every payer (per municipality and funder) pays of the sales; per organizer when asked. */
    public List<PayerTotal> payerTotals(
            SaleScope scope, OffsetDateTime from, OffsetDateTime until, boolean perOrganizer) {
        return readTransaction.execute(status -> repository.payerTotals(scope, from, until, perOrganizer));
    }

    public boolean any(SaleScope scope, OffsetDateTime from, OffsetDateTime until) {
        return Boolean.TRUE.equals(readTransaction.execute(status -> repository.any(scope, from, until)));
    }

    /** The moments of the first and the last sale, when there are sales. */
    public Optional<List<OffsetDateTime>> firstAndLast(SaleScope scope) {
        List<OffsetDateTime> bounds = readTransaction.execute(status -> repository.firstAndLast(scope));
        return bounds == null || bounds.isEmpty() ? Optional.empty() : Optional.of(bounds);
    }

    /** Streams the sales of a card system without their shares (participation statistics). */
    public void forEachFact(int cardSystemId, OffsetDateTime from, OffsetDateTime until, Consumer<SaleFact> action) {
        readTransaction.executeWithoutResult(status -> repository.forEachFact(cardSystemId, from, until, action));
    }
}

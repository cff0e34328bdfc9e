package be.openpas.reward;

import be.openpas.reward.internal.persistence.RedemptionFactRepository;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The redemptions at some organizers in [from, until), not cancelled, streamed for statistics. */
@Service
public class RedemptionFacts {

    private final RedemptionFactRepository repository;
    private final TransactionTemplate readTransaction;

    RedemptionFacts(RedemptionFactRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.readTransaction = new TransactionTemplate(transactions);
        this.readTransaction.setReadOnly(true);
    }

    public void forEach(
            Collection<UUID> organizerIds, OffsetDateTime from, OffsetDateTime until, Consumer<RedemptionFact> action) {
        if (organizerIds.isEmpty()) {
            return;
        }
        readTransaction.executeWithoutResult(status -> repository.forEach(organizerIds, from, until, action));
    }
}

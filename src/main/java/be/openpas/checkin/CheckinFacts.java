package be.openpas.checkin;

import be.openpas.checkin.internal.persistence.CheckinFactRepository;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The check-ins made with a membership of a card system in [from, until), streamed for statistics. */
@Service
public class CheckinFacts {

    private final CheckinFactRepository repository;
    private final TransactionTemplate readTransaction;

    CheckinFacts(CheckinFactRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.readTransaction = new TransactionTemplate(transactions);
        this.readTransaction.setReadOnly(true);
    }

    public void forEach(int cardSystemId, OffsetDateTime from, OffsetDateTime until, Consumer<CheckinFact> action) {
        readTransaction.executeWithoutResult(status -> repository.forEach(cardSystemId, from, until, action));
    }
}

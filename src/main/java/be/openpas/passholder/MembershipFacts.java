package be.openpas.passholder;

import be.openpas.passholder.internal.persistence.MemberFactRepository;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The memberships of a card system for statistics, streamed in bounded memory; erased passholders left out. */
@Service
public class MembershipFacts {

    private final MemberFactRepository repository;
    private final TransactionTemplate readTransaction;

    MembershipFacts(MemberFactRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.readTransaction = new TransactionTemplate(transactions);
        this.readTransaction.setReadOnly(true);
    }

    public void forEach(int cardSystemId, Consumer<MemberFact> action) {
        readTransaction.executeWithoutResult(status -> repository.forEach(cardSystemId, action));
    }
}

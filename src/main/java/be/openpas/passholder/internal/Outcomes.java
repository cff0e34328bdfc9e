package be.openpas.passholder.internal;

import be.openpas.shared.refusal.Outcome;
import be.openpas.shared.refusal.RefusalException;
import java.util.function.Supplier;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Commands as outcomes: the rules of a command refuse by throwing a refusal (as deep as they are checked); the facade
 * hands it to its caller as a {@link Outcome.Refused} value instead, and rolls the transaction back, so that nothing
 * of a refused command is written (a voucher used meanwhile, a card taken meanwhile, an INSZ number registered
 * meanwhile are found after the first writes).
 */
public final class Outcomes {

    private Outcomes() {}

    public static <T> Outcome<T> of(Supplier<T> command) {
        try {
            return Outcome.done(command.get());
        } catch (RefusalException refused) {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            }
            return Outcome.refused(refused.refusal());
        }
    }
}

package be.openpas.shared.problem;

import be.openpas.shared.refusal.Refusal;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How one module answers refusals in the UiTPAS contract: one {@code @Component} per module, in its
 * {@code internal/web} package (for example {@code TicketingProblems}). A module maps the refusals it declares (the
 * defaults), and may map refusals of other modules differently for its own operations, where the contract answers them
 * with another type or status (ticket sales answer {@code invalid-uitpasnumber}, not {@code invalid-uitpas-number}).
 *
 * <p>An operation that answers one refusal with yet another status says so with {@link RefusalStatus}.
 */
public interface RefusalMapping {

    void map(Mappings mappings);

    /** Collects the mappings of one module. */
    interface Mappings {

        /** Refusals of this type (or a subtype) become the problem that {@code problem} makes of them. */
        default <R extends Refusal> Mappings on(Class<R> type, Function<? super R, ApiProblem> problem) {
            return on(type, (refusal, usual) -> problem.apply(refusal));
        }

        /**
         * Like {@link #on(Class, Function)}, for a module that answers some refusals of another module its own way and
         * the others as usual: {@code usual} is the mapping of the module that declares the refusal.
         */
        <R extends Refusal> Mappings on(Class<R> type, BiFunction<? super R, Usual, ApiProblem> problem);
    }

    /** The usual problem of a refusal: as the module that declares it answers it. */
    @FunctionalInterface
    interface Usual {
        ApiProblem problem(Refusal refusal);
    }
}

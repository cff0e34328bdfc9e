package be.openpas.shared.refusal;

import java.util.function.Function;

/**
 * The result of a command that can be refused: {@link Done} with its value, or {@link Refused} with the
 * {@link Refusal}. A caller that has a page to show (the counter app) switches over it; an API edge that can only
 * answer with a problem calls {@link #orElseThrow()}.
 *
 * <pre>{@code
 * switch (passholders.update(command)) {
 *     case Outcome.Done<PassholderView> done -> show(done.value());
 *     case Outcome.Refused<PassholderView> refused -> explain(refused.refusal());
 * }
 * }</pre>
 */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {}

    record Refused<T>(Refusal refusal) implements Outcome<T> {}

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    /** The value, or the refusal thrown as a {@link RefusalException}. */
    default T orElseThrow() {
        return switch (this) {
            case Done<T> done -> done.value();
            case Refused<T> refused -> throw refused.refusal().exception();
        };
    }

    default <U> Outcome<U> map(Function<? super T, ? extends U> mapping) {
        return switch (this) {
            case Done<T> done -> new Done<>(mapping.apply(done.value()));
            case Refused<T> refused -> new Refused<>(refused.refusal());
        };
    }

    default boolean isDone() {
        return this instanceof Done<T>;
    }
}

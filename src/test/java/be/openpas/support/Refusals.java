package be.openpas.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.refusal.Refusal;
import be.openpas.shared.refusal.RefusalException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Refusals thrown by module APIs, for tests that call them directly. */
public final class Refusals {

    private Refusals() {}

    /** The refusal the call throws (it fails when the call succeeds or throws anything else). */
    public static Refusal refusalOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("a refusal").isInstanceOf(RefusalException.class);
        return ((RefusalException) thrown).refusal();
    }

    /** The refusal of this type the call throws. */
    public static <R extends Refusal> R refusalOf(ThrowingCallable call, Class<R> type) {
        Refusal refusal = refusalOf(call);
        assertThat(refusal).isInstanceOf(type);
        return type.cast(refusal);
    }

    /**
     * The UiTPAS slug of what a call threw: a refusal's, or (while modules still answer with problems of their own) the
     * last segment of a problem's type.
     */
    public static String slugOf(Throwable thrown) {
        if (thrown instanceof RefusalException refused) {
            return refused.refusal().slug();
        }
        if (thrown instanceof ApiProblem problem) {
            String uri = problem.type().uri().toString();
            return uri.substring(uri.lastIndexOf('/') + 1);
        }
        throw new AssertionError("not a refusal: " + thrown, thrown);
    }
}

package be.openpas.shared.problem;

import be.openpas.shared.refusal.Refusal;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The HTTP status an operation answers these refusals with, where the contract declares another one than the mapping
 * of their type. Typically a thing referenced in a request body or query that does not exist: 400, where the same
 * thing in the URL path is 404.
 *
 * <pre>{@code
 * @RefusalStatus(value = {EventNotFound.class, OrganizerNotFound.class}, status = 400)
 * @PostMapping("/ticket-sales")
 * }</pre>
 *
 * On a controller class, it holds for all of its operations (an annotation on the method wins).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(RefusalStatus.List.class)
public @interface RefusalStatus {

    Class<? extends Refusal>[] value();

    int status();

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @interface List {
        RefusalStatus[] value();
    }
}

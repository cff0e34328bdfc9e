package be.openpas.shared.problem;

import be.openpas.shared.refusal.Refusal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * All modules' {@link RefusalMapping}s: turns a {@link Refusal} into the contract's problem for the operation that
 * answers it. Which mapping applies, most specific first:
 *
 * <ol>
 *   <li>the mapping of the module whose controller answers (it may answer another module's refusal its own way);
 *   <li>the mapping of the module that declares the refusal (its default);
 * </ol>
 *
 * and then a {@link RefusalStatus} on the controller method or class sets the status.
 */
@Component
public class RefusalProblems {

    private static final String ROOT = "be.openpas.";

    /** Per module: the mapping of each refusal type it maps. */
    private final Map<String, Map<Class<?>, BiFunction<Refusal, RefusalMapping.Usual, ApiProblem>>> byModule =
            new HashMap<>();

    public RefusalProblems(List<RefusalMapping> mappings) {
        for (RefusalMapping mapping : mappings) {
            Map<Class<?>, BiFunction<Refusal, RefusalMapping.Usual, ApiProblem>> ofModule =
                    byModule.computeIfAbsent(moduleOf(mapping.getClass()), module -> new HashMap<>());
            mapping.map(new RefusalMapping.Mappings() {
                @Override
                @SuppressWarnings("unchecked")
                public <R extends Refusal> RefusalMapping.Mappings on(
                        Class<R> type, BiFunction<? super R, RefusalMapping.Usual, ApiProblem> problem) {
                    if (ofModule.putIfAbsent(type, (refusal, usual) -> problem.apply((R) refusal, usual)) != null) {
                        throw new IllegalStateException("Two problem mappings for " + type.getName() + " in module "
                                + moduleOf(mapping.getClass()));
                    }
                    return this;
                }
            });
        }
    }

    /** The problem of a refusal as the module that declares it answers it. */
    public ApiProblem problem(Refusal refusal) {
        return problem(refusal, (String) null);
    }

    /** The problem of a refusal answered by an operation of the given module (its mapping first). */
    public ApiProblem problem(Refusal refusal, String answeringModule) {
        Set<String> modules = new LinkedHashSet<>();
        if (answeringModule != null) {
            modules.add(answeringModule);
        }
        for (Class<?> type : typesOf(refusal.getClass())) {
            modules.add(moduleOf(type));
        }
        for (String module : modules) {
            Optional<BiFunction<Refusal, RefusalMapping.Usual, ApiProblem>> mapping =
                    mappingIn(module, refusal.getClass());
            if (mapping.isPresent()) {
                // the usual problem of this very refusal is its own module's; of another one (a refusal wrapped in this
                // one), as this answering module answers it
                return mapping.get()
                        .apply(refusal, other -> other == refusal ? problem(other) : problem(other, answeringModule));
            }
        }
        throw new IllegalStateException(
                "No problem mapping for refusal " + refusal.getClass().getName());
    }

    /** The problem of a refusal answered by this controller method ({@code null}: no controller). */
    public ApiProblem problem(Refusal refusal, HandlerMethod handler) {
        if (handler == null) {
            return problem(refusal);
        }
        ApiProblem problem = problem(refusal, moduleOf(handler.getBeanType()));
        Integer status = statusOn(handler, refusal.getClass());
        return status == null ? problem : problem.withStatus(status);
    }

    /** Whether some module maps refusals of this type (for tests that check every refusal is answered). */
    public boolean maps(Class<? extends Refusal> type) {
        for (Class<?> candidate : typesOf(type)) {
            if (mappingIn(moduleOf(candidate), type).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private Optional<BiFunction<Refusal, RefusalMapping.Usual, ApiProblem>> mappingIn(String module, Class<?> type) {
        Map<Class<?>, BiFunction<Refusal, RefusalMapping.Usual, ApiProblem>> ofModule = byModule.get(module);
        if (ofModule == null) {
            return Optional.empty();
        }
        for (Class<?> candidate : typesOf(type)) {
            BiFunction<Refusal, RefusalMapping.Usual, ApiProblem> mapping = ofModule.get(candidate);
            if (mapping != null) {
                return Optional.of(mapping);
            }
        }
        return Optional.empty();
    }

    private static Integer statusOn(HandlerMethod handler, Class<?> refusalType) {
        for (Set<RefusalStatus> declared : List.of(
                AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(), RefusalStatus.class),
                AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getBeanType(), RefusalStatus.class))) {
            for (RefusalStatus status : declared) {
                for (Class<? extends Refusal> type : status.value()) {
                    if (type.isAssignableFrom(refusalType)) {
                        return status.status();
                    }
                }
            }
        }
        return null;
    }

    /** The class, then its superclasses and interfaces, nearest first. */
    private static List<Class<?>> typesOf(Class<?> type) {
        List<Class<?>> found = new java.util.ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> queue = new ArrayDeque<>();
        queue.add(type);
        while (!queue.isEmpty()) {
            Class<?> next = queue.poll();
            if (next == null || next == Object.class || next == Refusal.class || !seen.add(next)) {
                continue;
            }
            found.add(next);
            if (next.getSuperclass() != null) {
                queue.add(next.getSuperclass());
            }
            queue.addAll(List.of(next.getInterfaces()));
        }
        return found;
    }

    /** The application module of a class: {@code ticketing} for {@code be.openpas.ticketing.internal.web.X}. */
    static String moduleOf(Class<?> type) {
        String name = type.getName();
        if (!name.startsWith(ROOT)) {
            return "";
        }
        int end = name.indexOf('.', ROOT.length());
        return end < 0 ? "" : name.substring(ROOT.length(), end);
    }
}

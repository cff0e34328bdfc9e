package be.openpas.shared.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data read on every request (events, organizers, municipalities) kept in memory for a short time. A change
 * through this instance forgets everything at once and again after its transaction ends, so no reader keeps what was
 * there before; other instances see a change within the time to live.
 */
public final class ReferenceCache<K, V> {

    /** How long other instances may show reference data that changed. */
    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

    private final Cache<K, Optional<V>> cache;

    public ReferenceCache(long maximumSize) {
        this(maximumSize, TIME_TO_LIVE);
    }

    public ReferenceCache(long maximumSize, Duration timeToLive) {
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(maximumSize)
                .build();
    }

    public Optional<V> get(K key, Function<K, Optional<V>> loader) {
        return cache.get(key, loader);
    }

    /** The values of these keys (keys without a value are left out), loading the missing ones at once. */
    public Map<K, V> getAll(Collection<K> keys, Function<Collection<K>, Map<K, V>> loader) {
        Map<K, Optional<V>> found = cache.getAll(keys, missing -> {
            Map<K, V> loaded = loader.apply(java.util.Set.copyOf(missing));
            Map<K, Optional<V>> result = new LinkedHashMap<>();
            for (K key : missing) {
                result.put(key, Optional.ofNullable(loaded.get(key)));
            }
            return result;
        });
        Map<K, V> result = new LinkedHashMap<>();
        found.forEach((key, value) -> value.ifPresent(v -> result.put(key, v)));
        return result;
    }

    /** Forgets everything now and when the current transaction ends. */
    public void invalidateAll() {
        forget(cache::invalidateAll);
    }

    /** Forgets one key now and when the current transaction ends. */
    public void invalidate(K key) {
        forget(() -> cache.invalidate(key));
    }

    private static void forget(Runnable forget) {
        forget.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget.run();
                }
            });
        }
    }
}

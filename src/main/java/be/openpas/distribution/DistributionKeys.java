package be.openpas.distribution;

import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemNotFound;
import be.openpas.cardsystem.CardSystems;
import be.openpas.distribution.internal.persistence.DistributionKeyRepository;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.shared.cache.ReferenceCache;
import be.openpas.shared.refusal.DuplicateId;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.ResourceNotFound;
import be.openpas.shared.refusal.Violations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The distribution keys of the card systems. Keys are read on every tariff request, so the keys of a card system are
 * kept in memory for {@link ReferenceCache#TIME_TO_LIVE}; a change made through this instance is visible at once, a change made
 * through another instance within that time. A sale keeps the amounts it was split into, so changing or deleting a
 * key never changes past sales.
 */
@Service
@Transactional(readOnly = true)
public class DistributionKeys {

    private final DistributionKeyRepository repository;
    private final CardSystems cardSystems;
    private final Organizers organizers;
    private final ReferenceCache<Integer, List<DistributionKey>> byCardSystem = new ReferenceCache<>(10_000);

    DistributionKeys(DistributionKeyRepository repository, CardSystems cardSystems, Organizers organizers) {
        this.repository = repository;
        this.cardSystems = cardSystems;
        this.organizers = organizers;
    }

    /** The keys of these card systems (from the cache). */
    public List<DistributionKey> ofCardSystems(Collection<Integer> cardSystemIds) {
        Map<Integer, List<DistributionKey>> keys = byCardSystem.getAll(cardSystemIds, missing -> {
            Map<Integer, List<DistributionKey>> loaded = new HashMap<>();
            repository
                    .ofCardSystems(missing)
                    .forEach(key -> loaded.computeIfAbsent(key.cardSystemId(), id -> new ArrayList<>())
                            .add(key));
            return loaded;
        });
        List<DistributionKey> result = new ArrayList<>();
        for (Integer id : cardSystemIds) {
            result.addAll(keys.getOrDefault(id, List.of()));
        }
        return result;
    }

    public Optional<DistributionKey> find(int id) {
        return repository.find(id);
    }

    /** The key, or the admin API's {@code not-found} (404). */
    public DistributionKey get(int id) {
        return find(id).orElseThrow(() -> new ResourceNotFound("Distribution key " + id).exception());
    }

    /** The keys with these ids (not cached: for the event card systems). */
    public List<DistributionKey> byIds(Collection<Integer> ids) {
        return ids.isEmpty() ? List.of() : repository.byIds(ids);
    }

    @Transactional
    public DistributionKey create(DistributionKey key) {
        if (key.id() != null && repository.exists(key.id())) {
            throw new DuplicateId("Distribution key", key.id()).exception();
        }
        DistributionKey withId = key.id() == null ? key.withId(repository.nextId()) : key;
        check(withId);
        repository.save(withId);
        changed();
        return get(withId.id());
    }

    @Transactional
    public DistributionKey update(int id, DistributionKey key) {
        DistributionKey current = get(id);
        if (key.cardSystemId() == null) {
            key = key.inCardSystem(current.cardSystemId());
        }
        if (!current.cardSystemId().equals(key.cardSystemId())) {
            throw InvalidInput.of("cardSystemId", "a key stays in its card system")
                    .exception();
        }
        DistributionKey withId = key.withId(id);
        check(withId);
        repository.save(withId);
        changed();
        return get(id);
    }

    /** Create when the id is new, replace otherwise (the import format). */
    @Transactional
    public DistributionKey save(DistributionKey key) {
        return key.id() != null && repository.exists(key.id()) ? update(key.id(), key) : create(key);
    }

    /** Deletes a key; past sales keep their split, events lose the key. */
    @Transactional
    public void delete(int id) {
        get(id);
        repository.delete(id);
        changed();
    }

    private void check(DistributionKey key) {
        if (key.cardSystemId() == null) {
            throw InvalidInput.of("cardSystemId", "must not be null").exception();
        }
        if (!cardSystems.exists(CardSystemId.of(key.cardSystemId()))) {
            throw new CardSystemNotFound(key.cardSystemId()).exception();
        }
        Violations violations = new Violations()
                .addAll(DistributionKeyRules.check(key.shares(), "shares"))
                .when(
                        key.priceFrom() != null
                                && key.priceBelow() != null
                                && key.priceFrom().compareTo(key.priceBelow()) >= 0,
                        "priceBelow",
                        "must be above priceFrom");
        Map<java.util.UUID, OrganizerView> known = organizers.byIds(key.organizerIds());
        for (int i = 0; i < key.organizerIds().size(); i++) {
            OrganizerView organizer = known.get(key.organizerIds().get(i));
            if (organizer == null) {
                violations.add("organizerIds[" + i + "]", "unknown organizer");
            } else if (!organizer.cardSystemIds().contains(key.cardSystemId())) {
                violations.add("organizerIds[" + i + "]", "the organizer is not in the key's card system");
            }
        }
        violations.throwIfAny();
    }

    private void changed() {
        byCardSystem.invalidateAll();
    }
}

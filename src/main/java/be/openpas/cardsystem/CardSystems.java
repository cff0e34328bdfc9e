package be.openpas.cardsystem;

import be.openpas.cardsystem.internal.persistence.CardSystemRepository;
import be.openpas.municipality.Municipalities;
import be.openpas.shared.cache.ReferenceCache;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.refusal.DuplicateId;
import be.openpas.shared.refusal.ResourceInUse;
import be.openpas.shared.refusal.Violations;
import java.time.DateTimeException;
import java.time.Month;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Card systems: lookups for every module, search for the contract, and administration. */
@Service
@Transactional(readOnly = true)
public class CardSystems {

    private final CardSystemRepository repository;
    private final Municipalities municipalities;
    private final ReferenceCache<Integer, CardSystemView> cache = new ReferenceCache<>(10_000);

    CardSystems(CardSystemRepository repository, Municipalities municipalities) {
        this.repository = repository;
        this.municipalities = municipalities;
    }

    /** Cached for {@link ReferenceCache#TIME_TO_LIVE}, like {@link #byIds}: every passholder view reads them. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<CardSystemView> find(CardSystemId id) {
        return cache.get(id.value(), repository::find);
    }

    /** The card system, or {@code cardsystem-not-found} (404). */
    public CardSystemView get(CardSystemId id) {
        return find(id).orElseThrow(() -> new CardSystemNotFound(id.value()).exception());
    }

    public boolean exists(CardSystemId id) {
        return repository.exists(id.value());
    }

    public List<CardSystemView> all() {
        return repository.all();
    }

    /** These card systems (unknown ids are left out), by id. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Integer, CardSystemView> byIds(Collection<Integer> ids) {
        return new HashMap<>(cache.getAll(Set.copyOf(ids), missing -> {
            Map<Integer, CardSystemView> byId = new HashMap<>();
            repository.byIds(Set.copyOf(missing)).forEach(cardSystem -> byId.put(cardSystem.id(), cardSystem));
            return byId;
        }));
    }

    public Page<CardSystemView> search(CardSystemQuery query, PageRequest page) {
        Set<String> cities = new HashSet<>();
        query.cities().forEach(city -> cities.add(city.trim().toLowerCase(Locale.ROOT)));
        List<CardSystemView> matching = repository.all().stream()
                .filter(cs -> query.permanent() == null || cs.permanent() == query.permanent())
                .filter(cs -> query.postalCodes().isEmpty()
                        || query.postalCodes().stream().anyMatch(cs::coversPostalCode))
                .filter(cs -> cities.isEmpty()
                        || cs.cities().stream()
                                .anyMatch(city -> cities.contains(city.name().toLowerCase(Locale.ROOT))))
                .filter(cs -> query.name() == null
                        || cs.name()
                                .toLowerCase(Locale.ROOT)
                                .contains(query.name().toLowerCase(Locale.ROOT)))
                .sorted(ordering(query))
                .toList();
        return Page.slice(matching, page);
    }

    private Comparator<CardSystemView> ordering(CardSystemQuery query) {
        Comparator<CardSystemView> byName =
                Comparator.comparing(cs -> cs.name().toLowerCase(Locale.ROOT), Comparator.naturalOrder());
        return switch (query.sort()) {
            case NAME_ASC -> byName;
            case NAME_DESC -> byName.reversed();
            case DISTANCE_ASC ->
                Comparator.comparingDouble((CardSystemView cs) -> distance(cs, query.postalCodeSort()))
                        .thenComparing(byName);
            case DISTANCE_DESC ->
                Comparator.comparingDouble((CardSystemView cs) -> -distance(cs, query.postalCodeSort()))
                        .thenComparing(byName);
        };
    }

    /** Kilometres from a postal code to the nearest city of the card system (unknown distances sort last). */
    private double distance(CardSystemView cardSystem, String fromPostalCode) {
        return cardSystem.cities().stream()
                .map(city -> municipalities.distance(fromPostalCode, city.postalCode()))
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .min()
                .orElse(Double.MAX_VALUE / 2);
    }

    @Transactional
    public CardSystemView create(CardSystemCommand command) {
        cache.invalidateAll();
        if (command.id() != null && repository.exists(command.id())) {
            throw new DuplicateId("Card system", command.id()).exception();
        }
        CardSystemCommand withId = command.id() == null ? command.withId(repository.nextId()) : command;
        validate(withId);
        repository.insert(withId);
        return get(CardSystemId.of(withId.id()));
    }

    @Transactional
    public CardSystemView update(CardSystemId cardSystemId, CardSystemCommand command) {
        int id = cardSystemId.value();
        cache.invalidateAll();
        if (!repository.exists(id)) {
            throw new CardSystemNotFound(id).exception();
        }
        CardSystemCommand withId = command.withId(id);
        validate(withId);
        repository.update(withId);
        return get(cardSystemId);
    }

    /** Create when the id is new, replace otherwise (the import format). */
    @Transactional
    public CardSystemView save(CardSystemCommand command) {
        cache.invalidateAll();
        return command.id() != null && repository.exists(command.id())
                ? update(CardSystemId.of(command.id()), command)
                : create(command);
    }

    @Transactional
    public void delete(CardSystemId cardSystemId) {
        int id = cardSystemId.value();
        cache.invalidateAll();
        if (!repository.exists(id)) {
            throw new CardSystemNotFound(id).exception();
        }
        try {
            repository.delete(id);
        } catch (DataIntegrityViolationException inUse) {
            throw new ResourceInUse("Card system " + id + " still has organizers or other data; remove those first.")
                    .exception();
        }
    }

    private void validate(CardSystemCommand command) {
        Violations violations = new Violations();
        repository
                .idOfName(command.name())
                .filter(other -> other != command.id().intValue())
                .ifPresent(other -> violations.add("name", "is already the name of card system " + other));
        try {
            var endDate = command.socialTariff().defaultEndMonthDay();
            violations.when(
                    endDate.getMonth() == Month.FEBRUARY && endDate.getDayOfMonth() == 29,
                    "socialTariff.defaultEndDate",
                    "must exist in every year");
        } catch (DateTimeException invalidDay) {
            violations.add("socialTariff.defaultEndDate", "is not a day of the year");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < command.cities().size(); i++) {
            CardSystemCity city = command.cities().get(i);
            String path = "cities[" + i + "]";
            if (!seen.add(city.postalCode() + "|" + city.name().toLowerCase(Locale.ROOT))) {
                violations.add(path, "is listed twice");
                continue;
            }
            municipalities
                    .check(city.postalCode(), city.name())
                    .violation(city.postalCode(), city.name(), path + ".postalCode", path + ".name")
                    .ifPresent(violation -> violations.add(violation.field(), violation.message()));
        }
        violations.throwIfAny();
    }
}

package be.openpas.organizer;

import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystems;
import be.openpas.municipality.Municipalities;
import be.openpas.organizer.internal.persistence.OrganizerRepository;
import be.openpas.shared.cache.ReferenceCache;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.refusal.DuplicateId;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.ResourceInUse;
import be.openpas.shared.refusal.Violations;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Organizers: lookups for every module, search for the contract, and administration. */
@Service
@Transactional(readOnly = true)
public class Organizers {

    private final ReferenceCache<UUID, OrganizerView> cache = new ReferenceCache<>(50_000);

    private final OrganizerRepository repository;
    private final CardSystems cardSystems;
    private final Municipalities municipalities;
    private final ApplicationEventPublisher events;

    Organizers(
            OrganizerRepository repository,
            CardSystems cardSystems,
            Municipalities municipalities,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.cardSystems = cardSystems;
        this.municipalities = municipalities;
        this.events = events;
    }

    /** Cached for {@link ReferenceCache#TIME_TO_LIVE}, like {@link #byIds}. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<OrganizerView> find(OrganizerId id) {
        return cache.get(id.value(), repository::find);
    }

    /** The organizer, or {@code organizer-not-found} (404). */
    public OrganizerView get(OrganizerId id) {
        return find(id).orElseThrow(() -> new OrganizerNotFound(id.value()).exception());
    }

    public boolean exists(OrganizerId id) {
        return repository.exists(id.value());
    }

    /** Organizers by id (unknown ids are left out). */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<UUID, OrganizerView> byIds(Collection<UUID> ids) {
        return cache.getAll(ids, repository::byIds);
    }

    /** The organizers that take part in a card system. */
    public Set<UUID> idsInCardSystem(CardSystemId cardSystemId) {
        return repository.idsInCardSystem(cardSystemId.value());
    }

    /** For each organizer, the organizers linked to it (whose admins it shares). */
    public Map<UUID, Set<UUID>> linkedOrganizers(Collection<UUID> organizerIds) {
        return repository.linksFrom(organizerIds);
    }

    /** Organizers in the contract's shape, in the order of the given ids (unknown ids are left out). */
    public List<OrganizerSummary> summaries(List<UUID> ids) {
        Map<UUID, OrganizerView> views = byIds(ids);
        return ids.stream()
                .filter(views::containsKey)
                .map(id -> summary(views.get(id)))
                .toList();
    }

    public OrganizerSummary summary(OrganizerView view) {
        Map<Integer, String> names = cardSystemNames();
        return new OrganizerSummary(
                view.id(),
                view.name(),
                view.cardSystemIds().stream()
                        .map(id -> new OrganizerSummary.CardSystemReference(id, names.getOrDefault(id, "")))
                        .toList());
    }

    private Map<Integer, String> cardSystemNames() {
        Map<Integer, String> names = new java.util.HashMap<>();
        cardSystems.all().forEach(cs -> names.put(cs.id(), cs.name()));
        return names;
    }

    public Page<OrganizerView> search(OrganizerQuery query, PageRequest page) {
        if (query.groupId() != null && !repository.groupExists(query.groupId())) {
            throw new GroupNotFound(query.groupId(), true).exception();
        }
        if (query.cardSystemId() != null && !cardSystems.exists(CardSystemId.of(query.cardSystemId()))) {
            throw be.openpas.cardsystem.CardSystemNotFound.referenced(query.cardSystemId())
                    .exception();
        }
        if (query.within() != null && query.within().isEmpty()) {
            return new Page<>(0, List.of());
        }
        return repository.search(query, page);
    }

    @Transactional
    public OrganizerView create(OrganizerCommand command) {
        cache.invalidateAll();
        if (command.id() != null && repository.exists(command.id())) {
            throw new DuplicateId("Organizer", command.id()).exception();
        }
        OrganizerCommand withId = command.id() == null ? command.withId(UUID.randomUUID()) : command;
        validate(withId);
        repository.insert(withId);
        return get(OrganizerId.of(withId.id()));
    }

    @Transactional
    public OrganizerView update(OrganizerId organizerId, OrganizerCommand command) {
        UUID id = organizerId.value();
        cache.invalidateAll();
        if (!repository.exists(id)) {
            throw new OrganizerNotFound(id).exception();
        }
        OrganizerCommand withId = command.withId(id);
        validate(withId);
        repository.update(withId);
        events.publishEvent(new OrganizerChanged(id));
        return get(OrganizerId.of(id));
    }

    /** Create when the id is new, replace otherwise (the import format). */
    @Transactional
    public OrganizerView save(OrganizerCommand command) {
        cache.invalidateAll();
        return command.id() != null && repository.exists(command.id())
                ? update(OrganizerId.of(command.id()), command)
                : create(command);
    }

    @Transactional
    public void delete(OrganizerId organizerId) {
        UUID id = organizerId.value();
        cache.invalidateAll();
        if (!repository.exists(id)) {
            throw new OrganizerNotFound(id).exception();
        }
        try {
            repository.delete(id);
            events.publishEvent(new OrganizerChanged(id));
        } catch (DataIntegrityViolationException inUse) {
            throw new ResourceInUse("Organizer " + id + " still has events; delete or move them first.").exception();
        }
    }

    public List<OrganizerGroup> groups() {
        return repository.groups();
    }

    @Transactional
    public OrganizerGroup saveGroup(OrganizerGroup group) {
        cache.invalidateAll();
        repository
                .idOfGroupName(group.name())
                .filter(other -> !other.equals(group.id()))
                .ifPresent(other -> {
                    throw InvalidInput.of("name", "is already the name of group " + other)
                            .exception();
                });
        repository.upsertGroup(group);
        return group;
    }

    @Transactional
    public void deleteGroup(int id) {
        cache.invalidateAll();
        if (!repository.groupExists(id)) {
            throw new GroupNotFound(id, false).exception();
        }
        repository.deleteGroup(id);
    }

    private void validate(OrganizerCommand command) {
        Violations violations = new Violations();
        for (int i = 0; i < command.cardSystemIds().size(); i++) {
            violations.when(
                    !cardSystems.exists(CardSystemId.of(command.cardSystemIds().get(i))),
                    "cardSystemIds[" + i + "]",
                    "unknown card system " + command.cardSystemIds().get(i));
        }
        for (int i = 0; i < command.linkedOrganizerIds().size(); i++) {
            UUID linked = command.linkedOrganizerIds().get(i);
            if (linked.equals(command.id())) {
                violations.add("linkedOrganizerIds[" + i + "]", "an organizer cannot be linked to itself");
            } else if (!repository.exists(linked)) {
                violations.add("linkedOrganizerIds[" + i + "]", "unknown organizer " + linked);
            }
        }
        for (int i = 0; i < command.groupIds().size(); i++) {
            violations.when(
                    !repository.groupExists(command.groupIds().get(i)),
                    "groupIds[" + i + "]",
                    "unknown group " + command.groupIds().get(i));
        }
        OrganizerAddress address = command.address();
        if (address.belgian() && address.postalCode() != null) {
            municipalities
                    .check(address.postalCode(), address.city())
                    .violation(address.postalCode(), address.city(), "address.postalCode", "address.city")
                    .ifPresent(violation -> violations.add(violation.field(), violation.message()));
        }
        violations.throwIfAny();
    }
}

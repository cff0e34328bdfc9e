package be.openpas.event;

import be.openpas.cardsystem.CardSystemId;
import be.openpas.event.internal.domain.Calendars;
import be.openpas.event.internal.domain.Prices;
import be.openpas.event.internal.jsonld.UitdatabankEvents;
import be.openpas.event.internal.persistence.EventRepository;
import be.openpas.municipality.Municipalities;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.shared.cache.ReferenceCache;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.refusal.DuplicateId;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.RefusalException;
import be.openpas.shared.refusal.Violations;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** The event catalogue: lookups for every module, search and administration. */
@Service
@Transactional(readOnly = true)
public class Events {

    private static final Set<String> LANGUAGES = Set.of("nl", "fr", "en", "de");

    private final EventRepository repository;
    private final Organizers organizers;
    private final Municipalities municipalities;
    private final ReferenceCache<UUID, EventView> cache = new ReferenceCache<>(50_000);

    Events(EventRepository repository, Organizers organizers, Municipalities municipalities) {
        this.repository = repository;
        this.organizers = organizers;
        this.municipalities = municipalities;
    }

    /** Cached for {@link ReferenceCache#TIME_TO_LIVE}: tariffs, sales and check-ins read events on every request. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<EventView> find(EventId id) {
        return cache.get(
                id.value(),
                key -> Optional.ofNullable(
                        withUitpasFlag(repository.byIds(List.of(key))).get(key)));
    }

    /**
     * The UiTPAS event with this id (as given in a request), or {@code event-not-found}, {@code referenced} when the
     * event is named in a command (the body or query of a tariff, sale or check-in) rather than asked for. Malformed
     * ids, unknown events and events that do not take part in UiTPAS are all not found.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public EventView uitpasEvent(String eventId, boolean referenced) {
        EventId id = EventId.parse(eventId)
                .orElseThrow(() -> new EventNotFound(String.valueOf(eventId), false, referenced).exception());
        EventView event = find(id).orElseThrow(() -> new EventNotFound(id.toString(), false, referenced).exception());
        if (!event.uitpas()) {
            throw new EventNotFound(id.toString(), true, referenced).exception();
        }
        return event;
    }

    /** The event, or {@code event-not-found} (404). */
    public EventView get(EventId id) {
        return find(id).orElseThrow(() -> new EventNotFound(id).exception());
    }

    public boolean exists(EventId id) {
        return repository.exists(id.value());
    }

    public Page<EventView> search(EventQuery query, PageRequest page) {
        Set<UUID> organizerIds = null;
        if (query.cardSystemId() != null) {
            organizerIds = organizers.idsInCardSystem(CardSystemId.of(query.cardSystemId()));
        }
        Page<UUID> ids = repository.search(query, organizerIds, page);
        Map<UUID, EventView> views = withUitpasFlag(repository.byIds(ids.member()));
        return ids.map(views::get);
    }

    /**
     * The events of these organizers or at these places (UiTdatabank place ids) that take place at some moment between
     * {@code from} and {@code to} (permanent events always do), soonest first, at most {@code max}: the candidates of a
     * kiosk (docs/kiosks.md).
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<EventView> ofOrganizersOrPlaces(
            Collection<UUID> organizerIds, Collection<UUID> placeIds, OffsetDateTime from, OffsetDateTime to, int max) {
        if (organizerIds.isEmpty() && placeIds.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = repository.ofOrganizersOrPlaces(organizerIds, placeIds, from, to, max);
        Map<UUID, EventView> views = withUitpasFlag(repository.byIds(ids));
        return ids.stream().map(views::get).filter(Objects::nonNull).toList();
    }

    @Transactional
    public EventView create(EventCommand command) {
        cache.invalidateAll();
        if (command.id() != null && repository.exists(command.id())) {
            throw new DuplicateId("Event", command.id()).exception();
        }
        EventCommand checked = validate(command.id() == null ? command.withId(UUID.randomUUID()) : command);
        repository.insert(checked);
        return get(EventId.of(checked.id()));
    }

    @Transactional
    public EventView update(EventId id, EventCommand command) {
        cache.invalidateAll();
        if (!repository.exists(id.value())) {
            throw new EventNotFound(id).exception();
        }
        EventCommand checked = validate(command.withId(id.value()));
        repository.update(checked);
        return get(id);
    }

    /** Create when the id is new, replace otherwise (the import formats). */
    @Transactional
    public EventView save(EventCommand command) {
        return command.id() != null && repository.exists(command.id())
                ? update(EventId.of(command.id()), command)
                : create(command);
    }

    @Transactional
    public void delete(EventId id) {
        cache.invalidateAll();
        if (!repository.exists(id.value())) {
            throw new EventNotFound(id).exception();
        }
        repository.delete(id.value());
    }

    /**
     * Imports UiTdatabank JSON-LD: one event, an array of events, or a search result ({@code {"member": [...]}}).
     * All or nothing: when any event is invalid nothing is saved and every violation is reported with its path in the
     * document ({@code member[3].name}). Unpublished events (draft, rejected, deleted) are skipped; the answer names
     * them by their path in the document ({@code member[1]}, or the empty path for a single event).
     */
    @Transactional
    public UitdatabankImport importUitdatabank(JsonNode document) {
        List<JsonNode> items = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        if (document.isArray() || document.path("member").isArray()) {
            JsonNode array = document.isArray() ? document : document.path("member");
            String base = document.isArray() ? "" : "member";
            for (int i = 0; i < array.size(); i++) {
                items.add(array.path(i));
                paths.add(base + "[" + i + "]");
            }
        } else {
            items.add(document);
            paths.add("");
        }
        Violations violations = new Violations();
        List<UUID> imported = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = paths.get(i);
            if (UitdatabankEvents.unpublished(items.get(i))) {
                skipped.add(path);
                continue;
            }
            Violations itemViolations = new Violations();
            Optional<EventCommand> command = UitdatabankEvents.read(items.get(i), itemViolations);
            if (command.isPresent()) {
                try {
                    imported.add(save(command.get()).id());
                } catch (RefusalException refused) {
                    if (!(refused.refusal() instanceof InvalidInput invalid)) {
                        throw refused;
                    }
                    itemViolations.addAll(invalid.violations());
                }
            }
            violations.addAll(itemViolations.list().stream()
                    .map(violation -> violation.within(path))
                    .toList());
        }
        violations.throwIfAny();
        return new UitdatabankImport(imported, skipped);
    }

    private EventCommand validate(EventCommand command) {
        Violations violations = new Violations();
        command.name().keySet().stream()
                .filter(language -> !LANGUAGES.contains(language))
                .forEach(language -> violations.add("name." + language, "unsupported language"));
        violations.when(
                !command.name().containsKey("nl") && !command.name().isEmpty(), "name.nl", "a Dutch name is required");
        command.description().keySet().stream()
                .filter(language -> !LANGUAGES.contains(language))
                .forEach(language -> violations.add("description." + language, "unsupported language"));
        violations.when(
                !organizers.exists(OrganizerId.of(command.organizerId())),
                "organizerId",
                "unknown organizer " + command.organizerId());
        EventCalendar calendar = Calendars.normalise(command.calendar(), violations);
        Prices.check(command.priceInfo(), violations);
        violations.when(
                command.ageRange() != null
                        && command.ageRange().min() != null
                        && command.ageRange().max() != null
                        && command.ageRange().min() > command.ageRange().max(),
                "ageRange.max",
                "must not be below min");
        if (command.location() != null && command.location().address() != null) {
            EventLocation.Address address = command.location().address();
            if ("BE".equals(address.country()) && address.postalCode() != null) {
                municipalities
                        .check(address.postalCode(), address.city())
                        .violation(
                                address.postalCode(),
                                address.city(),
                                "location.address.postalCode",
                                "location.address.city")
                        .ifPresent(violation -> violations.add(violation.field(), violation.message()));
            }
        }
        violations.throwIfAny();
        return command.withCalendar(calendar);
    }

    /** An event is an UiTPAS event when its organizer takes part in a card system and it has a base price. */
    private Map<UUID, EventView> withUitpasFlag(Map<UUID, EventView> events) {
        Collection<UUID> organizerIds =
                events.values().stream().map(EventView::organizerId).collect(Collectors.toSet());
        Map<UUID, OrganizerView> byId = organizers.byIds(organizerIds);
        events.replaceAll((id, event) -> {
            OrganizerView organizer = byId.get(event.organizerId());
            boolean uitpas = organizer != null
                    && organizer.inUitpas()
                    && event.basePrice().isPresent();
            return uitpas == event.uitpas()
                    ? event
                    : new EventView(
                            event.id(),
                            event.name(),
                            event.description(),
                            event.organizerId(),
                            event.calendar(),
                            event.location(),
                            event.priceInfo(),
                            event.audience(),
                            event.terms(),
                            event.labels(),
                            event.booking(),
                            event.ageRange(),
                            event.status(),
                            uitpas);
        });
        return events;
    }
}

package be.openpas.event;

import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemNotFound;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.cardsystem.InvalidCardSystem;
import be.openpas.distribution.DistributionKey;
import be.openpas.distribution.DistributionKeyNotFound;
import be.openpas.distribution.DistributionKeys;
import be.openpas.distribution.InvalidDistributionKey;
import be.openpas.event.internal.persistence.EventUitpasRepository;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.shared.cache.ReferenceCache;
import be.openpas.shared.refusal.InvalidInput;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How events take part in UiTPAS: in which card systems they give discounts (by default every card system of the
 * organizer), which manual distribution keys are enabled, and their settings (check-in points, ticket and check-in
 * limits). Read on every tariff, sale and check-in, so kept in memory for {@link ReferenceCache#TIME_TO_LIVE}; changes through this
 * instance are visible at once.
 */
@Service
@Transactional(readOnly = true)
public class UitpasEvents {

    /**
     * Where an event gives discounts: enabled card systems and enabled manual keys; and whether it has ticket sales
     * (then they can no longer change).
     */
    public record DiscountSetup(Set<Integer> cardSystemIds, Set<Integer> manualKeyIds, boolean sold) {}

    private final Events events;
    private final EventUitpasRepository repository;
    private final Organizers organizers;
    private final CardSystems cardSystems;
    private final DistributionKeys keys;
    private final Clock clock;
    private final ReferenceCache<UUID, DiscountSetup> setups = new ReferenceCache<>(100_000);
    private final ReferenceCache<UUID, EventSettings> settingsCache = new ReferenceCache<>(100_000);

    UitpasEvents(
            Events events,
            EventUitpasRepository repository,
            Organizers organizers,
            CardSystems cardSystems,
            DistributionKeys keys,
            Clock clock) {
        this.events = events;
        this.repository = repository;
        this.organizers = organizers;
        this.cardSystems = cardSystems;
        this.keys = keys;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------ card systems

    /** The card systems of the event's organizer, each with its state and its manual keys (contract GET). */
    public List<EventCardSystem> cardSystems(EventId forEvent) {
        UUID eventId = forEvent.value();
        EventView event = events.get(forEvent);
        OrganizerView organizer = organizers.get(OrganizerId.of(event.organizerId()));
        Map<Integer, Boolean> stored = repository.cardSystems(eventId);
        Map<Integer, Boolean> storedKeys = repository.manualKeys(eventId);
        Map<Integer, CardSystemView> systems = cardSystems.byIds(organizer.cardSystemIds());
        List<DistributionKey> manual = manualKeys(organizer);
        List<EventCardSystem> result = new ArrayList<>();
        for (Integer id : organizer.cardSystemIds().stream().sorted().toList()) {
            List<EventCardSystem.ManualKey> keysOfSystem = manual.stream()
                    .filter(key -> key.cardSystemId().equals(id))
                    .map(key -> new EventCardSystem.ManualKey(
                            key.id(), key.name(), storedKeys.getOrDefault(key.id(), false)))
                    .toList();
            CardSystemView system = systems.get(id);
            result.add(new EventCardSystem(
                    id, system == null ? null : system.name(), stored.getOrDefault(id, true), keysOfSystem));
        }
        return result;
    }

    /**
     * Replaces the card systems of an event (contract PUT): card systems of the organizer that are missing are
     * disabled, and so are manual keys that are missing. Refused once the event has ticket sales, because the sales
     * were split by the keys in force.
     */
    @Transactional
    public void replaceCardSystems(EventId forEvent, List<EventCardSystem> requested) {
        UUID eventId = forEvent.value();
        EventView event = events.get(forEvent);
        OrganizerView organizer = organizers.get(OrganizerId.of(event.organizerId()));
        if (repository.sold(eventId)) {
            throw new EventAlreadyHasTicketSales(forEvent).exception();
        }
        Map<Integer, Boolean> states = new LinkedHashMap<>();
        organizer.cardSystemIds().forEach(id -> states.put(id, false));
        Map<Integer, Boolean> keyStates = new LinkedHashMap<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            EventCardSystem entry = requested.get(i);
            if (!seen.add(entry.id())) {
                throw InvalidInput.of("[" + i + "].id", "card system " + entry.id() + " is listed twice")
                        .exception();
            }
            if (!cardSystems.exists(CardSystemId.of(entry.id()))) {
                throw CardSystemNotFound.referenced(entry.id()).exception();
            }
            if (!organizer.cardSystemIds().contains(entry.id())) {
                throw new InvalidCardSystem(CardSystemId.of(entry.id()), InvalidCardSystem.Reason.NOT_OF_ORGANIZER)
                        .exception();
            }
            states.put(entry.id(), entry.enabled());
            for (EventCardSystem.ManualKey manualKey : entry.manualDistributionKeys()) {
                DistributionKey key = keys.find(manualKey.id())
                        .orElseThrow(() -> new DistributionKeyNotFound(manualKey.id()).exception());
                if (key.automatic() || !key.cardSystemId().equals(entry.id()) || !key.usableBy(organizer.id())) {
                    throw new InvalidDistributionKey(key.id(), CardSystemId.of(entry.id())).exception();
                }
                keyStates.put(key.id(), manualKey.enabled());
            }
        }
        repository.replaceCardSystems(eventId, states, keyStates);
        changed(eventId);
    }

    /** Where the event gives discounts (cached). */
    public DiscountSetup discountSetup(EventView event) {
        return setups.get(event.id(), id -> {
                    OrganizerView organizer = organizers.get(OrganizerId.of(event.organizerId()));
                    Map<Integer, Boolean> stored = repository.cardSystems(id);
                    Set<Integer> enabled = new HashSet<>();
                    organizer.cardSystemIds().stream()
                            .filter(cs -> stored.getOrDefault(cs, true))
                            .forEach(enabled::add);
                    Set<Integer> manual = new HashSet<>();
                    repository.manualKeys(id).forEach((key, on) -> {
                        if (on) {
                            manual.add(key);
                        }
                    });
                    return Optional.of(new DiscountSetup(Set.copyOf(enabled), Set.copyOf(manual), repository.sold(id)));
                })
                .orElseThrow();
    }

    private List<DistributionKey> manualKeys(OrganizerView organizer) {
        return keys.ofCardSystems(organizer.cardSystemIds()).stream()
                .filter(key -> !key.automatic())
                .filter(key -> key.usableBy(organizer.id()))
                .toList();
    }

    // ---------------------------------------------------------------------------------------------------- settings

    /** The event's settings: as saved, or the defaults of its calendar type. */
    public EventSettings settings(EventId eventId) {
        return settingsCache
                .get(eventId.value(), id -> {
                    EventView event = events.get(eventId);
                    return Optional.of(repository
                            .settings(id)
                            .orElseGet(() -> EventSettings.defaults(
                                    id.toString(), event.calendar().type())));
                })
                .orElseThrow();
    }

    /**
     * Replaces the settings (the complete object). Frozen once the event has ended, so limits that were in force
     * stay the ones the passholders had.
     */
    @Transactional
    public EventSettings saveSettings(EventId forEvent, EventSettings settings) {
        UUID eventId = forEvent.value();
        EventView event = events.get(forEvent);
        if (settings.id() != null && !settings.id().equalsIgnoreCase(eventId.toString())) {
            throw InvalidInput.of("id", "must equal the event id in the URL").exception();
        }
        OffsetDateTime end = event.calendar().endDate();
        if (end != null && end.isBefore(OffsetDateTime.now(clock))) {
            throw new EventEnded(forEvent, end).exception();
        }
        EventSettings stored = new EventSettings(
                eventId.toString(),
                settings.checkinPoints(),
                settings.passholderTicketLimit(),
                settings.checkinLimit());
        repository.saveSettings(eventId, stored);
        changed(eventId);
        return stored;
    }

    /**
     * Notes that the event has ticket sales, from now on for good: its card systems and manual keys stay as they are
     * (the ticket sales call this in the transaction of a sale, unless {@link DiscountSetup#sold()} says so already).
     */
    @Transactional
    public void markSold(EventId eventId) {
        repository.markSold(eventId.value());
        setups.invalidate(eventId.value());
    }

    private void changed(UUID eventId) {
        setups.invalidate(eventId);
        settingsCache.invalidate(eventId);
    }
}

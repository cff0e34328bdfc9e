package be.openpas.kiosk;

import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystems;
import be.openpas.checkin.Checkins;
import be.openpas.event.EventId;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.kiosk.internal.domain.ConfigurationCodes;
import be.openpas.kiosk.internal.domain.FixedEvents;
import be.openpas.kiosk.internal.domain.KioskSetup;
import be.openpas.kiosk.internal.persistence.KioskRepository;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.refusal.DuplicateId;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.Violations;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kiosks (domain.md 2.16): administration (create with a configuration code, replace, block, reset the device,
 * delete), the device's setup with its configuration code, and the fixed event. Permission checks happen before these
 * methods are called. Which event a kiosk checks in at now is decided by the kiosk's device API (docs/kiosks.md).
 */
@Service
@Transactional(readOnly = true)
public class Kiosks {

    private final KioskRepository repository;
    private final CardSystems cardSystems;
    private final Organizers organizers;
    private final Events events;
    private final Checkins checkins;
    private final SecureRandom random = new SecureRandom();

    Kiosks(
            KioskRepository repository,
            CardSystems cardSystems,
            Organizers organizers,
            Events events,
            Checkins checkins) {
        this.repository = repository;
        this.cardSystems = cardSystems;
        this.organizers = organizers;
        this.events = events;
        this.checkins = checkins;
    }

    // ---------------------------------------------------------------------------------------------------- lookups

    public Optional<KioskView> find(UUID id) {
        return repository.find(id);
    }

    /** The kiosk, or {@link KioskNotFound}. */
    public KioskView get(UUID id) {
        return find(id).orElseThrow(() -> KioskNotFound.withId(id).exception());
    }

    /** The kiosk of a path variable, or {@link KioskNotFound} for an unknown or malformed id. */
    public KioskView byPathId(String id) {
        try {
            return get(UUID.fromString(id));
        } catch (IllegalArgumentException notAUuid) {
            throw KioskNotFound.withId(id).exception();
        }
    }

    public Optional<KioskView> findByDeviceId(String deviceId) {
        return repository.findByDeviceId(deviceId);
    }

    /** The kiosk with this configuration code; codes too short to be secrets are never looked up. */
    public Optional<KioskView> findByConfigurationCode(String code) {
        if (!ConfigurationCodes.acceptable(code)) {
            return Optional.empty();
        }
        return repository.findByConfigurationCodeHash(ConfigurationCodes.hash(code));
    }

    /**
     * Kiosks by card system and organizers (null: any), by name. {@code onlyInService}: active kiosks whose device has
     * been set up (what {@code GET /kiosks} lists).
     */
    public Page<KioskView> search(
            Integer cardSystemId, Collection<UUID> organizerIds, boolean onlyInService, PageRequest page) {
        return repository.search(cardSystemId, organizerIds, onlyInService, page);
    }

    // --------------------------------------------------------------------------------------------- administration

    /** Creates a kiosk with a new configuration code (shown once). */
    @Transactional
    public CreatedKiosk create(KioskCommand command) {
        if (command.id() != null && repository.find(command.id()).isPresent()) {
            throw new DuplicateId("Kiosk", command.id()).exception();
        }
        String code = ConfigurationCodes.generate(random);
        KioskCommand withId = command.id() == null ? command.withId(UUID.randomUUID()) : command;
        KioskView created = write(null, withId, code, null);
        return new CreatedKiosk(created, code);
    }

    /** Replaces a kiosk's name, card system, organizers, places and release track; device and code stay. */
    @Transactional
    public KioskView update(UUID id, KioskCommand command) {
        KioskView current = get(id);
        return write(current, command.withId(id), null, current.deviceId());
    }

    /**
     * Creates or (same id) replaces a kiosk: the import format. A new kiosk needs a configuration code; a given code
     * or device id replaces the current one, an absent one keeps it.
     */
    @Transactional
    public KioskView save(KioskCommand command) {
        KioskCommand withId = command.id() == null ? command.withId(UUID.randomUUID()) : command;
        KioskView current = repository.find(withId.id()).orElse(null);
        if (current == null && command.configurationCode() == null) {
            throw InvalidInput.of("configurationCode", "is required for a new kiosk")
                    .exception();
        }
        KioskView saved = write(
                current,
                withId,
                command.configurationCode(),
                command.deviceId() != null ? command.deviceId() : current == null ? null : current.deviceId());
        if (current != null && command.status() != current.status()) {
            repository.setStatus(saved.id(), command.status());
        }
        return get(saved.id());
    }

    /** Deletes a kiosk. Its check-ins stay (they keep the kiosk's id). */
    @Transactional
    public void delete(UUID id) {
        get(id);
        repository.delete(id);
    }

    @Transactional
    public KioskView block(UUID id) {
        get(id);
        repository.setStatus(id, KioskStatus.BLOCKED);
        return get(id);
    }

    @Transactional
    public KioskView unblock(UUID id) {
        get(id);
        repository.setStatus(id, KioskStatus.ACTIVE);
        return get(id);
    }

    /**
     * Unbinds the kiosk's device (a replaced or reinstalled device) and gives the kiosk a new configuration code
     * (shown once), so that only whoever gets the new code can set it up again. The fixed event stays.
     */
    @Transactional
    public CreatedKiosk resetDevice(UUID id) {
        get(id);
        String code = ConfigurationCodes.generate(random);
        repository.setDevice(id, null);
        repository.setConfigurationCodeHash(id, ConfigurationCodes.hash(code));
        return new CreatedKiosk(get(id), code);
    }

    // ---------------------------------------------------------------------------------------------------- setup

    /**
     * Binds a device to the kiosk whose configuration code authenticated the call ({@code PUT /kiosk-devices/setup}),
     * under the rules of {@link KioskSetup}; a device serves one kiosk ({@code kiosk-device-already-in-use}).
     */
    @Transactional
    public KioskView setup(UUID kioskId, String name, String deviceId) {
        KioskView kiosk = find(kioskId).orElse(null);
        KioskSetup.refusal(kiosk, name).ifPresent(refusal -> {
            throw refusal.exception();
        });
        if (repository.deviceUsedByAnother(deviceId, kioskId)) {
            throw new KioskDeviceAlreadyInUse().exception();
        }
        try {
            if (!repository.bindDevice(kioskId, deviceId)) {
                // set up by another request meanwhile
                throw new KioskAlreadyConfigured(kiosk.id(), kiosk.name()).exception();
            }
        } catch (DuplicateKeyException concurrentSetup) {
            throw new KioskDeviceAlreadyInUse().exception();
        }
        return get(kioskId);
    }

    // ----------------------------------------------------------------------------------------------- fixed event

    /** The kiosk's fixed event, if one is configured and it is still an UiTPAS event. */
    public Optional<EventView> fixedEvent(KioskView kiosk) {
        return Optional.ofNullable(kiosk.fixedEventId())
                .map(EventId::of)
                .flatMap(events::find)
                .filter(EventView::uitpas);
    }

    /**
     * Configures the fixed event: an UiTPAS event ({@code event-not-found}, 400) that {@link FixedEvents} accepts
     * ({@code event-not-acceptable} otherwise).
     */
    @Transactional
    public EventView setFixedEvent(UUID kioskId, String eventId) {
        KioskView kiosk = get(kioskId);
        EventView event = events.uitpasEvent(eventId == null ? null : eventId.strip(), true);
        FixedEvents.refusal(kiosk, event.organizerId(), placeOf(event), checkins.windowRefusal(event))
                .ifPresent(why -> {
                    throw new EventNotAcceptable(event.id(), why).exception();
                });
        repository.setFixedEvent(kioskId, event.id());
        return event;
    }

    /** Removes the fixed event; answers whether there was one. */
    @Transactional
    public boolean clearFixedEvent(UUID kioskId) {
        KioskView kiosk = get(kioskId);
        repository.setFixedEvent(kioskId, null);
        return kiosk.fixedEventId() != null;
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private KioskView write(KioskView current, KioskCommand command, String newCode, String deviceId) {
        Violations violations = new Violations();
        if (!cardSystems.exists(CardSystemId.of(command.cardSystemId()))) {
            violations.add("cardSystemId", "unknown card system " + command.cardSystemId());
        }
        Map<UUID, OrganizerView> known = organizers.byIds(command.organizerIds());
        for (int i = 0; i < command.organizerIds().size(); i++) {
            OrganizerView organizer = known.get(command.organizerIds().get(i));
            if (organizer == null) {
                violations.add(
                        "organizerIds[" + i + "]",
                        "unknown organizer " + command.organizerIds().get(i));
            } else if (!organizer.cardSystemIds().contains(command.cardSystemId())) {
                violations.add(
                        "organizerIds[" + i + "]",
                        "the organizer does not take part in card system " + command.cardSystemId());
            }
        }
        Set<UUID> places = new HashSet<>();
        for (int i = 0; i < command.locations().size(); i++) {
            violations.when(!places.add(command.locations().get(i).id()), "locations[" + i + "].id", "is listed twice");
        }
        violations.when(
                repository.nameUsedByAnother(command.name(), command.id()), "name", "another kiosk has this name");
        if (newCode != null) {
            if (!ConfigurationCodes.acceptable(newCode)) {
                violations.add(
                        "configurationCode",
                        "must have at least " + ConfigurationCodes.MIN_LENGTH + " letters or digits");
            } else if (repository.codeUsedByAnother(ConfigurationCodes.hash(newCode), command.id())) {
                violations.add("configurationCode", "another kiosk has this configuration code");
            }
        }
        violations.when(
                deviceId != null && repository.deviceUsedByAnother(deviceId, command.id()),
                "deviceId",
                "another kiosk uses this device");
        violations.throwIfAny();
        KioskView kiosk = new KioskView(
                command.id(),
                command.name(),
                command.cardSystemId(),
                command.organizerIds(),
                command.locations(),
                command.releaseTrack(),
                current == null ? command.status() : current.status(),
                deviceId,
                null,
                current == null ? null : current.fixedEventId(),
                null);
        if (current == null) {
            repository.insert(kiosk, ConfigurationCodes.hash(newCode));
            return get(kiosk.id());
        }
        repository.update(kiosk);
        if (newCode != null) {
            repository.setConfigurationCodeHash(kiosk.id(), ConfigurationCodes.hash(newCode));
        }
        if (!java.util.Objects.equals(deviceId, current.deviceId())) {
            repository.setDevice(kiosk.id(), deviceId);
        }
        // a fixed event that the new organizers and places no longer accept is dropped (the kiosk detects again)
        fixedEvent(current)
                .filter(event -> !FixedEvents.kept(kiosk, event.organizerId(), placeOf(event)))
                .ifPresent(event -> repository.setFixedEvent(kiosk.id(), null));
        return get(kiosk.id());
    }

    private static UUID placeOf(EventView event) {
        return event.location() == null ? null : event.location().id();
    }
}

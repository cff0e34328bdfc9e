package be.openpas.event.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.event.EventCardSystem;
import be.openpas.event.EventId;
import be.openpas.event.EventNotFound;
import be.openpas.event.EventSettings;
import be.openpas.event.Events;
import be.openpas.event.UitpasEvents;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The contract's event operations: card systems (with manual distribution keys) and settings. */
@RestController
class EventUitpasController {

    private final UitpasEvents uitpasEvents;
    private final Events events;
    private final Access access;

    EventUitpasController(UitpasEvents uitpasEvents, Events events, Access access) {
        this.uitpasEvents = uitpasEvents;
        this.events = events;
        this.access = access;
    }

    /** Needs no permission, only an identified caller (contract). */
    @GetMapping("/events/{eventId}/card-systems")
    List<EventCardSystem> cardSystems(@PathVariable String eventId) {
        access.caller();
        return uitpasEvents.cardSystems(id(eventId));
    }

    @PutMapping("/events/{eventId}/card-systems")
    ResponseEntity<Void> replaceCardSystems(
            @PathVariable String eventId, @RequestBody List<@Valid EventCardSystem> cardSystems) {
        EventId id = id(eventId);
        access.require(Permission.EVENTS_UPDATE, events.get(id).organizerId());
        if (cardSystems == null) {
            throw new ApiProblem(ProblemType.BODY_MISSING, "The list of card systems is missing.");
        }
        uitpasEvents.replaceCardSystems(id, cardSystems);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/events/{eventId}/settings")
    EventSettings settings(@PathVariable String eventId) {
        EventId id = id(eventId);
        access.require(Permission.EVENT_SETTINGS_READ, events.get(id).organizerId());
        return uitpasEvents.settings(id);
    }

    @PutMapping("/events/{eventId}/settings")
    ResponseEntity<Void> saveSettings(@PathVariable String eventId, @Valid @RequestBody EventSettings settings) {
        EventId id = id(eventId);
        access.require(Permission.EVENT_SETTINGS_UPDATE, events.get(id).organizerId());
        uitpasEvents.saveSettings(id, settings);
        return ResponseEntity.noContent().build();
    }

    /** Event ids are UiTdatabank UUIDs; anything else is an unknown event. */
    static EventId id(String eventId) {
        return EventId.parse(eventId).orElseThrow(() -> new EventNotFound(eventId).exception());
    }
}

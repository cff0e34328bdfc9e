package be.openpas.event.internal.web;

import be.openpas.access.Access;
import be.openpas.event.EventCommand;
import be.openpas.event.EventId;
import be.openpas.event.EventQuery;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.event.UitdatabankImport;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.problem.JsonPointers;
import be.openpas.shared.time.ClockConfiguration;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Administration of the event catalogue (administrator clients only), including UiTdatabank JSON-LD import. */
@RestController
@RequestMapping("/admin/events")
class EventAdminController {

    private final Events events;
    private final Access access;

    EventAdminController(Events events, Access access) {
        this.events = events;
        this.access = access;
    }

    /** Filters: organizer, card system, and a period of days ({@code from}/{@code to}, inclusive, Belgian time). */
    @GetMapping
    Page<EventView> list(
            @RequestParam(required = false) UUID organizerId,
            @RequestParam(required = false) Integer cardSystemId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit) {
        access.requireAdmin();
        PageRequest page = PageRequest.of(start, limit);
        OffsetDateTime fromInstant = from == null
                ? null
                : from.atStartOfDay(ClockConfiguration.BRUSSELS).toOffsetDateTime();
        OffsetDateTime toInstant = to == null
                ? null
                : to.atTime(LocalTime.MAX).atZone(ClockConfiguration.BRUSSELS).toOffsetDateTime();
        return events.search(new EventQuery(organizerId, cardSystemId, fromInstant, toInstant, text), page);
    }

    @PostMapping
    ResponseEntity<EventView> create(@Valid @RequestBody EventCommand command) {
        access.requireAdmin();
        EventView created = events.create(command);
        return ResponseEntity.created(URI.create("/admin/events/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    EventView get(@PathVariable UUID id) {
        access.requireAdmin();
        return events.get(EventId.of(id));
    }

    @PutMapping("/{id}")
    EventView update(@PathVariable UUID id, @Valid @RequestBody EventCommand command) {
        access.requireAdmin();
        return events.update(EventId.of(id), command);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        access.requireAdmin();
        events.delete(EventId.of(id));
        return ResponseEntity.noContent().build();
    }

    /** One UiTdatabank event, an array of them, or an UiTdatabank search result, in JSON-LD. */
    @PostMapping(
            path = "/uitdatabank",
            consumes = {"application/json", "application/ld+json"})
    ImportResult importUitdatabank(@RequestBody JsonNode document) {
        access.requireAdmin();
        UitdatabankImport result = events.importUitdatabank(document);
        return new ImportResult(
                result.imported(),
                result.skipped().stream().map(JsonPointers::fromPropertyPath).toList());
    }

    /** The events created or replaced, and the JSON pointers of the unpublished ones that were skipped. */
    record ImportResult(List<UUID> imported, List<String> skipped) {}
}

package be.openpas.checkin.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.checkin.Channel;
import be.openpas.checkin.Checkins;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.passholder.NoPassholderWithCard;
import be.openpas.passholder.PassholderDocuments;
import be.openpas.passholder.PassholderPermissions;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.Problems;
import be.openpas.shared.problem.RefusalProblems;
import be.openpas.shared.problem.RefusalStatus;
import be.openpas.shared.problem.SchemaError;
import be.openpas.shared.web.RateLimits;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contract's check-in operations: at a counter ({@code POST /checkins}, {@code GET /checkin-status},
 * {@code CHECKINS_WRITE} for the event's organizer) and by the passholder with the event's check-in code
 * ({@code POST /passholders/{id}/checkins}, {@code PASSHOLDERS_SELF_CHECKIN} for the passholder), rate-limited per
 * passholder and per IP address.
 */
@RestController
class CheckinController {

    record CheckinBody(String eventId, String uitpasNumber) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CheckinJson(String id, String eventId, String uitpasNumber, int points, Object passholder) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CheckinStatusJson(boolean allowed, Map<String, String> endUserMessage) {}

    record CodeBody(String checkinCode) {}

    record SelfCheckinJson(int addedPoints, int totalPoints) {}

    private final Checkins checkins;
    private final Events events;
    private final Passholders passholders;
    private final PassholderPermissions permissions;
    private final PassholderDocuments documents;
    private final Problems problems;
    private final RefusalProblems refusals;
    private final RateLimits rateLimits;
    private final Access access;
    private final int perPassholderPerMinute;
    private final int perAddressPerMinute;

    CheckinController(
            Checkins checkins,
            Events events,
            Passholders passholders,
            PassholderPermissions permissions,
            PassholderDocuments documents,
            Problems problems,
            RefusalProblems refusals,
            RateLimits rateLimits,
            Access access,
            @Value("${openpas.rate-limits.self-checkin-per-passholder-per-minute:5}") int perPassholderPerMinute,
            @Value("${openpas.rate-limits.self-checkin-per-address-per-minute:60}") int perAddressPerMinute) {
        this.checkins = checkins;
        this.events = events;
        this.passholders = passholders;
        this.permissions = permissions;
        this.documents = documents;
        this.problems = problems;
        this.refusals = refusals;
        this.rateLimits = rateLimits;
        this.access = access;
        this.perPassholderPerMinute = perPassholderPerMinute;
        this.perAddressPerMinute = perAddressPerMinute;
    }

    @PostMapping("/checkins")
    ResponseEntity<CheckinJson> checkIn(@RequestBody CheckinBody body) {
        List<SchemaError> errors = new ArrayList<>();
        if (body.eventId() == null || body.eventId().isBlank()) {
            errors.add(new SchemaError("/eventId", "must not be blank"));
        }
        if (body.uitpasNumber() == null || body.uitpasNumber().isBlank()) {
            errors.add(new SchemaError("/uitpasNumber", "must not be blank"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidData(errors);
        }
        EventView event = events.uitpasEvent(body.eventId().strip(), true);
        access.require(Permission.CHECKINS_WRITE, event.organizerId());
        String clientId = access.authenticatedCaller().clientId();
        Checkins.Result result = checkins.checkIn(body.uitpasNumber().strip(), event, Channel.COUNTER, null, clientId)
                .orElseThrow();
        Object passholder = access.has(Permission.PASSHOLDERS_SEARCH, event.organizerId())
                ? documents
                        .of(List.of(result.passholder()))
                        .get(result.passholder().id())
                : null;
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new CheckinJson(
                        result.checkin().id().toString(),
                        event.id().toString(),
                        result.checkin().uitpasNumber(),
                        result.checkin().points(),
                        passholder));
    }

    @GetMapping("/checkin-status")
    @RefusalStatus(value = NoPassholderWithCard.class, status = 404)
    CheckinStatusJson status(@RequestParam String uitpasNumber, @RequestParam String eventId) {
        EventView event = events.uitpasEvent(eventId.strip(), false);
        access.require(Permission.CHECKINS_WRITE, event.organizerId());
        Checkins.Status status = checkins.status(uitpasNumber.strip(), event);
        if (status.allowed()) {
            return new CheckinStatusJson(true, null);
        }
        if (status.refusal() instanceof NoPassholderWithCard unknownCard) {
            throw unknownCard.exception();
        }
        // the contract declares no 400 here: a card the counter cannot use is a "no" with the reason
        ApiProblem problem = refusals.problem(status.refusal(), "checkin");
        return new CheckinStatusJson(false, problems.endUserMessage(problem.messageKey(), problem.messageArguments()));
    }

    @PostMapping("/passholders/{passholderId}/checkins")
    ResponseEntity<SelfCheckinJson> selfCheckIn(@PathVariable String passholderId, @RequestBody CodeBody body) {
        if (body.checkinCode() == null || body.checkinCode().isBlank()) {
            throw ApiProblem.invalidData("/checkinCode", "must not be blank");
        }
        PassholderView passholder = passholders.byPathId(passholderId);
        if (!permissions.allowed(Permission.PASSHOLDERS_SELF_CHECKIN, passholder)) {
            throw new Forbidden("The client lacks PASSHOLDERS_SELF_CHECKIN for this passholder.").exception();
        }
        rateLimits.consume("self-checkin|passholder|" + passholder.id(), perPassholderPerMinute, "check-ins");
        rateLimits.consume("self-checkin|address|" + RateLimits.clientAddress(), perAddressPerMinute, "check-ins");
        EventView event = checkins.eventOfCode(body.checkinCode());
        Checkins.Result result = checkins.checkIn(
                        passholder,
                        event,
                        Channel.SELF,
                        access.authenticatedCaller().clientId())
                .orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new SelfCheckinJson(result.checkin().points(), result.totalPoints()));
    }
}

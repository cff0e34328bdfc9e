package be.openpas.apiclient.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Caller;
import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.apiclient.ApiClients;
import be.openpas.apiclient.internal.web.OrganizerPermissions.LinkedOrganizerPermissions;
import be.openpas.apiclient.internal.web.OrganizerPermissions.OrganizerReference;
import be.openpas.apiclient.internal.web.OrganizerPermissions.PermissionDetail;
import be.openpas.organizer.OrganizerSummary;
import be.openpas.organizer.Organizers;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.SchemaError;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contract's Permissions operations.
 *
 * <p>Reading another client's permissions needs {@code PERMISSIONS_READ} and shows only the organizers for which the
 * caller holds it; writing needs {@code PERMISSIONS_WRITE} for every organizer it touches, replaces the target's
 * permissions for exactly the organizers where the caller holds {@code PERMISSIONS_WRITE}, and cannot grant a
 * permission the caller does not hold there itself (no escalation). Administrator clients see and set everything.
 */
@RestController
class PermissionController {

    private final ApiClients clients;
    private final Organizers organizers;
    private final Access access;

    PermissionController(ApiClients clients, Organizers organizers, Access access) {
        this.clients = clients;
        this.organizers = organizers;
        this.access = access;
    }

    @GetMapping("/permissions")
    List<OrganizerPermissions> own() {
        Caller caller = access.authenticatedCaller();
        return render(clients.directGrants(caller.clientId()));
    }

    @GetMapping("/permissions/{clientId}")
    List<OrganizerPermissions> ofClient(@PathVariable String clientId) {
        Map<UUID, Set<Permission>> grants;
        if (access.isAdmin()) {
            grants = clients.directGrants(clientId);
        } else {
            Set<UUID> readable = access.requireAny(Permission.PERMISSIONS_READ);
            grants = new LinkedHashMap<>(clients.directGrants(clientId));
            grants.keySet().retainAll(readable);
        }
        return render(grants);
    }

    @PutMapping("/permissions/{clientId}")
    ResponseEntity<Void> replace(@PathVariable String clientId, @RequestBody List<@NotNull OrganizerPermissions> body) {
        Map<UUID, Set<Permission>> requested = parse(body);
        if (access.isAdmin()) {
            clients.replaceGrants(clientId, null, requested);
            return ResponseEntity.noContent().build();
        }
        Set<UUID> writable = access.requireAny(Permission.PERMISSIONS_WRITE);
        Map<UUID, Set<Permission>> own = access.grants();
        for (Map.Entry<UUID, Set<Permission>> grant : requested.entrySet()) {
            if (!writable.contains(grant.getKey())) {
                throw new Forbidden("The client lacks PERMISSIONS_WRITE for organizer " + grant.getKey() + ".")
                        .exception();
            }
            Set<Permission> notHeld = EnumSet.noneOf(Permission.class);
            notHeld.addAll(grant.getValue());
            notHeld.removeAll(own.getOrDefault(grant.getKey(), Set.of()));
            if (!notHeld.isEmpty()) {
                throw new Forbidden("The client cannot grant permissions it does not hold itself: " + notHeld + ".")
                        .exception();
            }
        }
        clients.replaceGrants(clientId, writable, requested);
        return ResponseEntity.noContent().build();
    }

    private static Map<UUID, Set<Permission>> parse(List<OrganizerPermissions> body) {
        Map<UUID, Set<Permission>> requested = new LinkedHashMap<>();
        List<SchemaError> errors = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            OrganizerPermissions item = body.get(i);
            if (item.organizer() == null || item.organizer().id() == null) {
                errors.add(new SchemaError("/" + i + "/organizer", "an organizer with an id is required"));
                continue;
            }
            UUID organizerId;
            try {
                organizerId = UUID.fromString(item.organizer().id());
            } catch (IllegalArgumentException notUuid) {
                errors.add(new SchemaError(
                        "/" + i + "/organizer/id",
                        "unknown organizer " + item.organizer().id()));
                continue;
            }
            Set<Permission> permissions =
                    requested.computeIfAbsent(organizerId, id -> EnumSet.noneOf(Permission.class));
            if (item.permissions() != null) {
                permissions.addAll(item.permissions());
            }
            if (item.permissionDetails() != null) {
                for (int j = 0; j < item.permissionDetails().size(); j++) {
                    PermissionDetail detail = item.permissionDetails().get(j);
                    if (detail == null || detail.id() == null) {
                        errors.add(new SchemaError("/" + i + "/permissionDetails/" + j + "/id", "is required"));
                    } else {
                        permissions.add(detail.id());
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidData(errors);
        }
        return requested;
    }

    private List<OrganizerPermissions> render(Map<UUID, Set<Permission>> grants) {
        Map<UUID, Set<UUID>> links = organizers.linkedOrganizers(grants.keySet());
        Set<UUID> all = new HashSet<>(grants.keySet());
        links.values().forEach(all::addAll);
        Map<UUID, OrganizerSummary> summaries = organizers.summaries(List.copyOf(all)).stream()
                .collect(Collectors.toMap(OrganizerSummary::id, Function.identity()));
        List<OrganizerPermissions> result = new ArrayList<>();
        grants.entrySet().stream()
                .filter(grant -> summaries.containsKey(grant.getKey()))
                .sorted(Map.Entry.comparingByKey((a, b) -> summaries
                        .get(a)
                        .name()
                        .compareToIgnoreCase(summaries.get(b).name())))
                .forEach(grant -> {
                    List<Permission> permissions =
                            grant.getValue().stream().sorted().toList();
                    List<PermissionDetail> details =
                            permissions.stream().map(PermissionDetail::of).toList();
                    List<LinkedOrganizerPermissions> linked = links.getOrDefault(grant.getKey(), Set.of()).stream()
                            .filter(summaries::containsKey)
                            .map(id ->
                                    new LinkedOrganizerPermissions(OrganizerReference.of(summaries.get(id)), details))
                            .sorted((a, b) -> a.organizer()
                                    .name()
                                    .compareToIgnoreCase(b.organizer().name()))
                            .toList();
                    result.add(new OrganizerPermissions(
                            OrganizerReference.of(summaries.get(grant.getKey())), permissions, details, linked));
                });
        return result;
    }
}

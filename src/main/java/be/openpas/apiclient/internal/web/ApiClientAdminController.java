package be.openpas.apiclient.internal.web;

import be.openpas.access.Access;
import be.openpas.apiclient.ApiClientCommand;
import be.openpas.apiclient.ApiClientView;
import be.openpas.apiclient.ApiClients;
import be.openpas.apiclient.CreatedApiClient;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.problem.ApiProblem;
import jakarta.validation.Valid;
import java.net.URI;
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

/** Administration of API clients (administrator clients only). Secrets are shown once: at creation or rotation. */
@RestController
@RequestMapping("/admin/clients")
class ApiClientAdminController {

    private final ApiClients clients;
    private final Access access;

    ApiClientAdminController(ApiClients clients, Access access) {
        this.clients = clients;
        this.access = access;
    }

    @GetMapping
    Page<ApiClientView> list(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Boolean admin,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit) {
        access.requireAdmin();
        return clients.search(name, admin, PageRequest.of(start, limit));
    }

    @PostMapping
    ResponseEntity<CreatedApiClient> create(@Valid @RequestBody ApiClientCommand command) {
        access.requireAdmin();
        CreatedApiClient created = clients.create(command);
        return ResponseEntity.created(
                        URI.create("/admin/clients/" + created.client().clientId()))
                .body(created);
    }

    @GetMapping("/{clientId}")
    ApiClientView get(@PathVariable String clientId) {
        access.requireAdmin();
        return clients.get(clientId);
    }

    @PutMapping("/{clientId}")
    ApiClientView update(@PathVariable String clientId, @Valid @RequestBody ApiClientCommand command) {
        access.requireAdmin();
        if (command.clientId() != null && !command.clientId().equals(clientId)) {
            throw ApiProblem.invalidData("/clientId", "must equal the client id in the URL");
        }
        return clients.update(clientId, command);
    }

    @PostMapping("/{clientId}/secret")
    CreatedApiClient rotateSecret(@PathVariable String clientId) {
        access.requireAdmin();
        return clients.rotateSecret(clientId);
    }

    @DeleteMapping("/{clientId}")
    ResponseEntity<Void> delete(@PathVariable String clientId) {
        access.requireAdmin();
        clients.delete(clientId);
        return ResponseEntity.noContent().build();
    }
}

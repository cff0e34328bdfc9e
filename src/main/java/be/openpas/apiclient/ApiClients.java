package be.openpas.apiclient;

import be.openpas.access.Permission;
import be.openpas.apiclient.internal.ClientGrantCache;
import be.openpas.apiclient.internal.persistence.ApiClientRepository;
import be.openpas.apiclient.internal.persistence.ApiClientRepository.StoredClient;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.Organizers;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.refusal.DuplicateId;
import be.openpas.shared.refusal.ResourceInUse;
import be.openpas.shared.refusal.Violations;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** API clients: administration, secrets and permissions per organizer. */
@Service
@Transactional(readOnly = true)
public class ApiClients {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiClientRepository repository;
    private final Organizers organizers;
    private final PasswordEncoder passwordEncoder;
    private final ClientGrantCache cache;

    ApiClients(
            ApiClientRepository repository,
            Organizers organizers,
            PasswordEncoder passwordEncoder,
            ClientGrantCache cache) {
        this.repository = repository;
        this.organizers = organizers;
        this.passwordEncoder = passwordEncoder;
        this.cache = cache;
    }

    public ApiClientView get(String clientId) {
        return repository.view(stored(clientId));
    }

    public boolean exists(String clientId) {
        return repository.exists(clientId);
    }

    public int count() {
        return repository.count();
    }

    public Page<ApiClientView> search(String name, Boolean admin, PageRequest page) {
        return repository.search(name, admin, page).map(repository::view);
    }

    @Transactional
    public CreatedApiClient create(ApiClientCommand command) {
        String clientId = command.clientId() == null ? "client-" + randomToken(9) : command.clientId();
        if (repository.exists(clientId)) {
            throw new DuplicateId("Client", clientId).exception();
        }
        validateGrants(command.permissions());
        String secret = command.secret() == null ? randomToken(32) : command.secret();
        repository.insert(clientId, command.name(), passwordEncoder.encode(secret), command.admin());
        if (command.permissions() != null) {
            repository.replaceGrants(clientId, List.of(), merge(command.permissions()));
        }
        cache.evict(clientId);
        return new CreatedApiClient(get(clientId), secret);
    }

    /** Replaces name, admin role, and (when given) secret and permissions. */
    @Transactional
    public ApiClientView update(String clientId, ApiClientCommand command) {
        StoredClient current = stored(clientId);
        if (current.admin() && !command.admin() && repository.countAdmins() == 1) {
            throw new ResourceInUse("This is the last administrator client.").exception();
        }
        validateGrants(command.permissions());
        repository.update(clientId, command.name(), command.admin());
        if (command.secret() != null) {
            repository.updateSecret(clientId, passwordEncoder.encode(command.secret()));
        }
        if (command.permissions() != null) {
            repository.deleteAllGrants(clientId);
            repository.replaceGrants(clientId, List.of(), merge(command.permissions()));
        }
        cache.evict(clientId);
        return get(clientId);
    }

    /** Create when the id is new, replace otherwise (the import format); a generated secret is returned. */
    @Transactional
    public CreatedApiClient save(ApiClientCommand command) {
        if (command.clientId() != null && repository.exists(command.clientId())) {
            return new CreatedApiClient(update(command.clientId(), command), null);
        }
        return create(command);
    }

    @Transactional
    public CreatedApiClient rotateSecret(String clientId) {
        stored(clientId);
        String secret = randomToken(32);
        repository.updateSecret(clientId, passwordEncoder.encode(secret));
        cache.evict(clientId);
        return new CreatedApiClient(get(clientId), secret);
    }

    @Transactional
    public void delete(String clientId) {
        StoredClient client = stored(clientId);
        if (client.admin() && repository.countAdmins() == 1) {
            throw new ResourceInUse("The last administrator client cannot be deleted.").exception();
        }
        repository.delete(clientId);
        cache.evict(clientId);
    }

    /** The client's direct permissions per organizer (without those inherited through linked organizers). */
    public Map<UUID, Set<Permission>> directGrants(String clientId) {
        stored(clientId);
        return repository.grants(clientId);
    }

    /**
     * Replaces the client's permissions for the organizers in {@code scope}: organizers in {@code grants} get exactly
     * those permissions, the other organizers of the scope lose theirs; organizers outside the scope keep theirs.
     * A null scope means every organizer (administrators).
     */
    @Transactional
    public void replaceGrants(String clientId, Set<UUID> scope, Map<UUID, Set<Permission>> grants) {
        stored(clientId);
        // the grants in the order of the contract's list of organizer permissions
        Violations violations = new Violations();
        int index = 0;
        for (UUID organizer : grants.keySet()) {
            violations.when(
                    !organizers.exists(OrganizerId.of(organizer)),
                    "[" + index + "].organizer.id",
                    "unknown organizer " + organizer);
            index++;
        }
        violations.throwIfAny();
        if (scope == null) {
            repository.deleteAllGrants(clientId);
            repository.replaceGrants(clientId, List.of(), grants);
        } else {
            Set<UUID> touched = new HashSet<>(scope);
            touched.addAll(grants.keySet());
            repository.replaceGrants(clientId, touched, grants);
        }
        cache.evict(clientId);
    }

    private void validateGrants(List<OrganizerGrant> grants) {
        if (grants == null) {
            return;
        }
        Violations violations = new Violations();
        for (int i = 0; i < grants.size(); i++) {
            violations.when(
                    !organizers.exists(OrganizerId.of(grants.get(i).organizerId())),
                    "permissions[" + i + "].organizerId",
                    "unknown organizer " + grants.get(i).organizerId());
        }
        violations.throwIfAny();
    }

    private static Map<UUID, Set<Permission>> merge(List<OrganizerGrant> grants) {
        Map<UUID, Set<Permission>> merged = new LinkedHashMap<>();
        for (OrganizerGrant grant : grants) {
            merged.computeIfAbsent(grant.organizerId(), id -> EnumSet.noneOf(Permission.class))
                    .addAll(grant.permissions());
        }
        return merged;
    }

    private StoredClient stored(String clientId) {
        return repository.find(clientId).orElseThrow(() -> new ClientNotFound(clientId).exception());
    }

    private static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}

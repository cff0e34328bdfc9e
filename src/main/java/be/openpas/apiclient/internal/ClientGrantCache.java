package be.openpas.apiclient.internal;

import be.openpas.access.GrantSource;
import be.openpas.access.Permission;
import be.openpas.apiclient.internal.persistence.ApiClientRepository;
import be.openpas.organizer.OrganizerChanged;
import be.openpas.organizer.Organizers;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link GrantSource} behind every permission check: clients and their effective permissions, cached because
 * every API request needs them. A change made on this instance evicts at once; other instances see it after the
 * cache time ({@code openpas.security.grant-cache-ttl}, 30 s by default).
 *
 * <p>Effective permissions include linked organizers: a client with permissions for organizer A holds the same
 * permissions for every organizer linked to A.
 */
@Component
public class ClientGrantCache implements GrantSource {

    private final ApiClientRepository repository;
    private final Organizers organizers;
    private final Cache<String, Optional<ClientCredentials>> clients;
    private final Cache<String, Map<UUID, Set<Permission>>> grants;

    ClientGrantCache(
            ApiClientRepository repository,
            Organizers organizers,
            @Value("${openpas.security.grant-cache-ttl:PT30S}") Duration ttl) {
        this.repository = repository;
        this.organizers = organizers;
        this.clients =
                Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
        this.grants =
                Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    @Override
    public Optional<ClientCredentials> client(String clientId) {
        return clients.get(
                clientId,
                id -> repository
                        .find(id)
                        .map(c -> new ClientCredentials(c.clientId(), c.name(), c.secretHash(), c.admin())));
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<UUID, Set<Permission>> grantsOf(String clientId) {
        return grants.get(clientId, this::effectiveGrants);
    }

    public void evict(String clientId) {
        clients.invalidate(clientId);
        grants.invalidate(clientId);
    }

    /** Organizer links decide inherited permissions: forget everything when an organizer changes. */
    @EventListener
    void on(OrganizerChanged changed) {
        clients.invalidateAll();
        grants.invalidateAll();
    }

    private Map<UUID, Set<Permission>> effectiveGrants(String clientId) {
        Map<UUID, Set<Permission>> direct = repository.grants(clientId);
        Map<UUID, Set<Permission>> effective = new LinkedHashMap<>();
        direct.forEach((organizer, permissions) -> effective
                .computeIfAbsent(organizer, id -> EnumSet.noneOf(Permission.class))
                .addAll(permissions));
        organizers
                .linkedOrganizers(direct.keySet())
                .forEach((organizer, linked) -> linked.forEach(other -> effective
                        .computeIfAbsent(other, id -> EnumSet.noneOf(Permission.class))
                        .addAll(direct.get(organizer))));
        effective.replaceAll((organizer, permissions) -> Set.copyOf(permissions));
        return Map.copyOf(effective);
    }
}

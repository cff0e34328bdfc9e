package be.openpas.access;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where the access module finds API clients and their permissions. Implemented by the module that stores the
 * clients, so that every module can check permissions without depending on it.
 */
public interface GrantSource {

    /** The client with this id, if it exists. */
    Optional<ClientCredentials> client(String clientId);

    /** The effective permissions per organizer, including organizers linked to a granted one. */
    Map<UUID, Set<Permission>> grantsOf(String clientId);

    /** What the token endpoint needs to authenticate a client: its secret hash and whether it is an admin. */
    record ClientCredentials(String clientId, String name, String secretHash, boolean admin) {}
}

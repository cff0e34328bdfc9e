package be.openpas.access;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Permission checks for the current caller. Every API operation asks here for the permission it needs on the
 * organizer concerned; a missing permission is a 403 {@code auth/forbidden}, a missing caller a 401.
 */
@Component
public class Access {

    private final GrantSource grants;

    public Access(GrantSource grants) {
        this.grants = grants;
    }

    /**
     * The caller of the current request: a client with an access token, one identified by {@code x-client-id}, or a
     * staff user logged in to the counter app.
     */
    public Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            return caller;
        }
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return new Caller(Caller.STAFF_PREFIX + staff.email(), Caller.Kind.STAFF, false);
        }
        throw new Unauthorized("This request needs an access token.").exception();
    }

    /**
     * The permissions per organizer of the current caller: a client's from the {@link GrantSource}, a staff user's as
     * the web application resolved them for this request ({@link StaffPrincipal#grants()}).
     */
    private Map<UUID, Set<Permission>> grantsOf(Caller caller) {
        if (caller.kind() == Caller.Kind.STAFF) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
                    ? staff.grants()
                    : Map.of();
        }
        return grants.grantsOf(caller.clientId());
    }

    /**
     * The kiosk device of the current request ({@code /kiosk-devices/**}, authenticated with {@code x-custom-token}).
     */
    public KioskCaller kioskCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KioskCaller kiosk) {
            return kiosk;
        }
        throw new Unauthorized("This request needs the kiosk's device id in x-custom-token.").exception();
    }

    /** The caller, who must hold an access token (not just a client id). */
    public Caller authenticatedCaller() {
        Caller caller = caller();
        if (!caller.authenticated()) {
            throw new Unauthorized("This request needs an access token.").exception();
        }
        return caller;
    }

    public boolean has(Permission permission, UUID organizerId) {
        Caller caller = authenticatedCaller();
        return grantsOf(caller).getOrDefault(organizerId, Set.of()).contains(permission);
    }

    public void require(Permission permission, UUID organizerId) {
        if (!has(permission, organizerId)) {
            throw new Forbidden("The client lacks permission " + permission + " for organizer " + organizerId + ".")
                    .exception();
        }
    }

    /** The organizers for which the caller holds a permission. */
    public Set<UUID> organizersWith(Permission permission) {
        Caller caller = authenticatedCaller();
        return grantsOf(caller).entrySet().stream()
                .filter(entry -> entry.getValue().contains(permission))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Requires the permission for at least one organizer (for operations that are not about one organizer). */
    public Set<UUID> requireAny(Permission permission) {
        Set<UUID> organizers = organizersWith(permission);
        if (organizers.isEmpty()) {
            throw new Forbidden("The client lacks permission " + permission + " for every organizer.").exception();
        }
        return organizers;
    }

    public void requireAdmin() {
        if (!authenticatedCaller().admin()) {
            throw new Forbidden("This operation is reserved for administrator clients.").exception();
        }
    }

    public boolean isAdmin() {
        Caller caller = caller();
        return caller.authenticated() && caller.admin();
    }

    /** The caller's effective permissions per organizer. */
    public Map<UUID, Set<Permission>> grants() {
        return grantsOf(authenticatedCaller());
    }
}

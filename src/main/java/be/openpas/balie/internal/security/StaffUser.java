package be.openpas.balie.internal.security;

import be.openpas.access.Permission;
import be.openpas.access.StaffPrincipal;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A logged-in staff user, kept in the session (serialized into the database; the password hash is erased after
 * login). What the person may do is not kept there: {@link StaffGrantsFilter} looks it up for every request and hands
 * this request a copy that carries it ({@link #grants()}), so a change of staff takes effect at once.
 */
public final class StaffUser implements UserDetails, StaffPrincipal, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID staffUserId;
    private final String email;
    private final String displayName;
    private String password;
    /** Resolved per request, never stored in the session. */
    private final transient Map<UUID, Set<Permission>> grants;

    StaffUser(UUID staffUserId, String email, String displayName, String password) {
        this(staffUserId, email, displayName, password, Map.of());
    }

    private StaffUser(
            UUID staffUserId, String email, String displayName, String password, Map<UUID, Set<Permission>> grants) {
        this.staffUserId = staffUserId;
        this.email = email;
        this.displayName = displayName;
        this.password = password;
        this.grants = Map.copyOf(grants);
    }

    /** The same person with what they may do in the current request. */
    StaffUser withGrants(Map<UUID, Set<Permission>> current) {
        return new StaffUser(staffUserId, email, displayName, null, current);
    }

    @Override
    public UUID staffUserId() {
        return staffUserId;
    }

    @Override
    public String email() {
        return email;
    }

    /** What the person may do per counter in the current request (nothing until {@link StaffGrantsFilter} ran). */
    @Override
    public Map<UUID, Set<Permission>> grants() {
        return grants == null ? Map.of() : grants;
    }

    /** The name to greet the person with. */
    public String name() {
        return displayName == null || displayName.isBlank() ? email : displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_STAFF"));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }
}

package be.openpas.access.internal.security;

import be.openpas.access.Caller;
import be.openpas.access.KioskCaller;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated caller of the API (a {@link Caller}, or a kiosk device's {@link KioskCaller}) in Spring Security's context. */
final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Object caller;
    private final String name;

    CallerAuthentication(Caller caller) {
        this(caller, caller.clientId(), caller.admin() ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN")) : List.of());
    }

    CallerAuthentication(KioskCaller kiosk) {
        this(kiosk, kiosk.name(), List.of());
    }

    private CallerAuthentication(Object caller, String name, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.caller = caller;
        this.name = name;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return name;
    }
}

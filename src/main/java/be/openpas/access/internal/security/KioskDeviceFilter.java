package be.openpas.access.internal.security;

import be.openpas.access.Forbidden;
import be.openpas.access.KioskCaller;
import be.openpas.access.KioskDeviceSource;
import be.openpas.access.KioskDeviceSource.KioskIdentity;
import be.openpas.access.Unauthorized;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemResponses;
import be.openpas.shared.refusal.RefusalException;
import be.openpas.shared.web.RequestCaller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The contract's {@code CUSTOM_TOKEN} scheme for kiosk devices: {@code x-custom-token} carries the device id the kiosk
 * was set up with, or, on {@code PUT /kiosk-devices/setup}, the kiosk's configuration code. A missing or unknown
 * token is 401 {@code auth/unauthorized}, a blocked kiosk 403 {@code auth/forbidden}. The kiosk is looked up through
 * the {@link KioskDeviceSource} the kiosk module provides.
 */
class KioskDeviceFilter extends OncePerRequestFilter {

    static final String HEADER = "x-custom-token";

    private static final RequestMatcher SETUP =
            PathPatternRequestMatcher.withDefaults().matcher("/kiosk-devices/setup");

    private final ObjectProvider<KioskDeviceSource> kiosks;
    private final ProblemResponses problems;

    KioskDeviceFilter(ObjectProvider<KioskDeviceSource> kiosks, ProblemResponses problems) {
        this.kiosks = kiosks;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(HEADER);
        if (token == null || token.isBlank()) {
            problems.write(response, new Unauthorized("This request needs the kiosk's device id in x-custom-token."));
            return;
        }
        KioskDeviceSource source = kiosks.getIfAvailable();
        boolean setup = SETUP.matches(request);
        Optional<KioskIdentity> kiosk;
        try {
            kiosk = source == null
                    ? Optional.empty()
                    : setup ? source.byConfigurationCode(token.strip()) : source.byDeviceId(token.strip());
        } catch (ApiProblem problem) {
            problems.write(response, problem);
            return;
        } catch (RefusalException refused) {
            problems.write(response, refused.refusal());
            return;
        }
        if (kiosk.isEmpty()) {
            problems.write(
                    response,
                    new Unauthorized(
                            setup
                                    ? "Unknown configuration code in x-custom-token."
                                    : "Unknown device id in x-custom-token; set the kiosk up first."));
            return;
        }
        if (kiosk.get().blocked()) {
            problems.write(response, new Forbidden("This kiosk is blocked."));
            return;
        }
        KioskCaller caller = new KioskCaller(
                kiosk.get().kioskId(),
                kiosk.get().name(),
                setup ? KioskCaller.Credential.CONFIGURATION_CODE : KioskCaller.Credential.DEVICE_ID);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller));
        SecurityContextHolder.setContext(context);
        RequestCaller.record(request, "kiosk:" + caller.name());
        chain.doFilter(request, response);
    }
}

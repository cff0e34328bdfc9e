package be.openpas.kiosk.internal.security;

import be.openpas.access.Forbidden;
import be.openpas.access.KioskCaller;
import be.openpas.access.Unauthorized;
import be.openpas.kiosk.KioskStatus;
import be.openpas.kiosk.KioskView;
import be.openpas.kiosk.Kiosks;
import be.openpas.shared.problem.ProblemResponses;
import be.openpas.shared.refusal.RefusalException;
import be.openpas.shared.web.RateLimits;
import be.openpas.shared.web.RequestCaller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The contract's {@code CUSTOM_TOKEN} scheme for kiosk devices: {@code x-custom-token} carries the device id the kiosk
 * was set up with, or, on {@code PUT /kiosk-devices/setup}, the kiosk's configuration code. A missing or unknown
 * token is 401 {@code auth/unauthorized}, a blocked kiosk 403 {@code auth/forbidden}. Setup attempts are rate-limited
 * per IP address, as the contract says, so that configuration codes cannot be guessed. The kiosk becomes the request's
 * {@link KioskCaller} (the access module's {@code Access.kioskCaller()}).
 */
class KioskDeviceFilter extends OncePerRequestFilter {

    static final String HEADER = "x-custom-token";

    private static final RequestMatcher SETUP =
            PathPatternRequestMatcher.withDefaults().matcher("/kiosk-devices/setup");

    private final Kiosks kiosks;
    private final RateLimits rateLimits;
    private final int setupsPerAddressPerMinute;
    private final ProblemResponses problems;

    KioskDeviceFilter(Kiosks kiosks, RateLimits rateLimits, int setupsPerAddressPerMinute, ProblemResponses problems) {
        this.kiosks = kiosks;
        this.rateLimits = rateLimits;
        this.setupsPerAddressPerMinute = setupsPerAddressPerMinute;
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
        boolean setup = SETUP.matches(request);
        Optional<KioskView> kiosk;
        try {
            kiosk = setup ? byConfigurationCode(token.strip()) : kiosks.findByDeviceId(token.strip());
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
        if (kiosk.get().status() == KioskStatus.BLOCKED) {
            problems.write(response, new Forbidden("This kiosk is blocked."));
            return;
        }
        KioskCaller caller = new KioskCaller(
                kiosk.get().id(),
                kiosk.get().name(),
                setup ? KioskCaller.Credential.CONFIGURATION_CODE : KioskCaller.Credential.DEVICE_ID);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        // authenticated by the header above: the kiosk is the principal, without credentials or authorities
        context.setAuthentication(new PreAuthenticatedAuthenticationToken(caller, null, List.of()));
        SecurityContextHolder.setContext(context);
        RequestCaller.record(request, "kiosk:" + caller.name());
        chain.doFilter(request, response);
    }

    /** The kiosk with this configuration code; every attempt counts against the address's setups per minute. */
    private Optional<KioskView> byConfigurationCode(String configurationCode) {
        rateLimits.consume(
                "kiosk-setup|address|" + RateLimits.clientAddress(), setupsPerAddressPerMinute, "kiosk setups");
        return kiosks.findByConfigurationCode(configurationCode);
    }
}

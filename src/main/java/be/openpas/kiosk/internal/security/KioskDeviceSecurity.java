package be.openpas.kiosk.internal.security;

import be.openpas.access.Forbidden;
import be.openpas.access.KioskCaller;
import be.openpas.access.Unauthorized;
import be.openpas.kiosk.Kiosks;
import be.openpas.shared.problem.ProblemResponses;
import be.openpas.shared.web.RateLimits;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The filter chain of the kiosk devices ({@code /kiosk-devices/**}): the contract's {@code CUSTOM_TOKEN} only
 * ({@link KioskDeviceFilter}), no access tokens, no client ids, no sessions. It comes after the counter app's chain and
 * the authorization server's, and before the API's chain, which would take every other request.
 */
@Configuration(proxyBeanMethods = false)
class KioskDeviceSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain kioskDeviceChain(
            HttpSecurity http,
            Kiosks kiosks,
            RateLimits rateLimits,
            ProblemResponses problems,
            @Value("${openpas.rate-limits.kiosk-setup-per-address-per-minute:10}") int setupsPerAddressPerMinute)
            throws Exception {
        http.securityMatcher("/kiosk-devices/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().access(KioskDeviceSecurity::kioskDeviceOnly))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, unauthenticated) -> problems.write(
                                response,
                                new Unauthorized("This request needs the kiosk's device id in x-custom-token.")))
                        .accessDeniedHandler((request, response, denied) -> problems.write(
                                response, new Forbidden("The client is not allowed to perform this request."))))
                .addFilterBefore(
                        new KioskDeviceFilter(kiosks, rateLimits, setupsPerAddressPerMinute, problems),
                        AuthorizationFilter.class);
        return http.build();
    }

    private static AuthorizationDecision kioskDeviceOnly(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(
                authentication.get() != null && authentication.get().getPrincipal() instanceof KioskCaller);
    }
}

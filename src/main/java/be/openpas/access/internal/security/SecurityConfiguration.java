package be.openpas.access.internal.security;

import be.openpas.access.Caller;
import be.openpas.access.GrantSource;
import be.openpas.access.internal.persistence.SigningKeyStore;
import be.openpas.shared.problem.ProblemResponses;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: the OAuth2 authorization server ({@code /oauth2/token}, {@code /oauth2/jwks}, metadata) and the
 * stateless API, a resource server that accepts the tokens it issued. The counter app ({@code /balie/**}, order 0) and
 * the kiosk devices ({@code /kiosk-devices/**}, order 2) have chains of their own in their modules.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** Operations the contract allows with {@code CLIENT_IDENTIFICATION} (the {@code x-client-id} header). */
    static RequestMatcher clientIdentificationOperations() {
        PathPatternRequestMatcher.Builder get = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(
                get.matcher(HttpMethod.GET, "/card-systems"),
                get.matcher(HttpMethod.GET, "/card-systems/**"),
                get.matcher(HttpMethod.GET, "/passholders/status/insz-numbers/*"),
                get.matcher(HttpMethod.GET, "/rewards"));
    }

    private static final String[] PUBLIC_PATHS = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/actuator/prometheus",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/error",
        // signed, short-lived links (they carry their own authorization)
        "/files/**"
    };

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(
            HttpSecurity http, RegisteredClientRepository clients, ProblemResponses problems) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(
                        authorizationServer,
                        server -> server.registeredClientRepository(clients)
                                .authorizationService(new SelfContainedTokensAuthorizationService()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(
                        exceptions -> exceptions.authenticationEntryPoint(new ProblemSecurityHandlers(problems)));
        return http.build();
    }

    /**
     * The API chains keep no state between requests: no session, no CSRF token (no cookies to forge with), no saved
     * request, no login form or basic authentication, no anonymous caller.
     */
    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable);
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http, GrantSource grants, ProblemResponses problems, JwtDecoder decoder)
            throws Exception {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
        RequestMatcher identification = clientIdentificationOperations();
        stateless(http)
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .access(SecurityConfiguration::adminOnly)
                        .requestMatchers(identification)
                        .authenticated()
                        .anyRequest()
                        .access(SecurityConfiguration::tokenOnly))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new HeaderBearerTokenResolver())
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new JwtCallerConverter(grants)))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .addFilterBefore(
                        new ClientIdentificationFilter(identification, grants, problems),
                        BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    private static AuthorizationDecision tokenOnly(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(authentication.get() != null
                && authentication.get().getPrincipal() instanceof Caller caller
                && caller.authenticated());
    }

    private static AuthorizationDecision adminOnly(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(authentication.get() != null
                && authentication.get().getPrincipal() instanceof Caller caller
                && caller.authenticated()
                && caller.admin());
    }

    /**
     * No observations of Spring Security's filters: with them every filter of every request is wrapped in an
     * observation, which cost about a fifth of the throughput of {@code GET /tariffs} (bench/ticketing.sh) even with
     * the observations disabled by property. Request metrics ({@code http.server.requests}) stay on.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SigningKeys signingKeys(SigningKeyStore store) {
        return new SigningKeys(store);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return new ImmutableJWKSet<>(keys.signing());
    }

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, java.time.Clock clock) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(
                new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys.verification())));
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(JwtValidators.createDefault());
        return new CachingJwtDecoder(decoder, clock);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${openpas.security.issuer:}") String issuer) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (!issuer.isBlank()) {
            settings.issuer(issuer);
        }
        return settings.build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(
            GrantSource grants, @Value("${openpas.security.access-token-ttl:PT1H}") Duration accessTokenTtl) {
        return new ClientCredentialsRepository(grants, accessTokenTtl);
    }

    /** A client that asks no scope gets all its registered scopes (so {@code ADMIN} for administrators). */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> defaultScopes() {
        return context -> {
            if (context.getAuthorizedScopes().isEmpty()) {
                context.getClaims().claim("scope", context.getRegisteredClient().getScopes());
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

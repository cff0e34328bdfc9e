package be.openpas.balie.internal.security;

import be.openpas.shared.web.RateLimits;
import be.openpas.staff.StaffAccounts;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The counter app's own filter chain, before the API's: form login with e-mail and password, sessions in the
 * database (Spring Session JDBC, so a login survives a restart and works across instances), CSRF protection and
 * logout, and for every request the logged-in person's permissions per counter ({@link StaffGrantsFilter}). The API
 * chains stay stateless: no API request creates a session.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class BalieSecurityConfiguration {

    static final String LOGIN = "/balie/login";

    @Bean
    @Order(0)
    SecurityFilterChain balieChain(HttpSecurity http, StaffAccounts accounts, RateLimits limits) throws Exception {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(staffUsers(accounts));
        provider.setPasswordEncoder(StaffAccounts.passwordEncoder());
        LoginRateLimit loginLimit = new LoginRateLimit(limits);
        http.securityMatcher("/balie", "/balie/**", "/webjars/**")
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(requests -> requests.requestMatchers(LOGIN, "/balie/assets/**", "/webjars/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole("STAFF"))
                .formLogin(form -> form.loginPage(LOGIN)
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/balie", true)
                        .failureHandler(loginLimit.countingFailures())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/balie/logout")
                        .logoutSuccessUrl(LOGIN + "?logout")
                        .deleteCookies("BALIE_SESSION"))
                .addFilterBefore(loginLimit, UsernamePasswordAuthenticationFilter.class)
                // what the logged-in person may do, read anew for every request (after the check that they are staff)
                .addFilterAfter(new StaffGrantsFilter(accounts), AuthorizationFilter.class)
                .headers(headers -> headers.referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }

    private static UserDetailsService staffUsers(StaffAccounts accounts) {
        return email -> accounts.login(email)
                .filter(login -> login.passwordHash() != null)
                .map(login -> new StaffUser(login.userId(), login.email(), login.displayName(), login.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No staff user with a password for this e-mail."));
    }

    /** The session cookie: only for the counter app, not readable by scripts, not sent by other sites. */
    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer cookies = new DefaultCookieSerializer();
        cookies.setCookieName("BALIE_SESSION");
        cookies.setCookiePath("/balie");
        cookies.setUseHttpOnlyCookie(true);
        cookies.setSameSite("Lax");
        return cookies;
    }

    /** A working day of inactivity ends the session (configurable). */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${openpas.balie.session-timeout:PT10H}") Duration timeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeout);
    }
}

package be.openpas.balie.internal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The counter app's language (Dutch by default; French and English chosen with {@code ?lang=} and remembered in a
 * cookie) and its static files. Elsewhere (the API) the language stays that of {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class BalieWebConfiguration implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.of("nl"), Locale.of("fr"), Locale.of("en"));
    static final String LANGUAGE_COOKIE = "BALIE_LANG";

    @Bean
    LocaleResolver localeResolver() {
        return new BalieLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns("/balie", "/balie/**");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/balie/assets/**")
                .addResourceLocations("classpath:/balie/assets/")
                .setCacheControl(org.springframework.http.CacheControl.maxAge(Duration.ofHours(1)));
    }

    /** Cookie or Dutch under {@code /balie}; {@code Accept-Language} everywhere else. */
    static final class BalieLocaleResolver implements LocaleResolver {

        private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            if (!request.getRequestURI().startsWith("/balie")) {
                return api.resolveLocale(request);
            }
            if (request.getAttribute(LANGUAGE_COOKIE) instanceof Locale chosen) {
                return chosen;
            }
            if (request.getCookies() != null) {
                for (Cookie cookie : request.getCookies()) {
                    if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                        Locale chosen = supported(cookie.getValue());
                        if (chosen != null) {
                            return chosen;
                        }
                    }
                }
            }
            return LANGUAGES.getFirst();
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale chosen = locale == null ? null : supported(locale.getLanguage());
            if (chosen == null || response == null) {
                return;
            }
            Cookie cookie = new Cookie(LANGUAGE_COOKIE, chosen.getLanguage());
            cookie.setPath("/balie");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            // the rest of this request already speaks the chosen language
            request.setAttribute(LANGUAGE_COOKIE, chosen);
        }

        private static Locale supported(String language) {
            return LANGUAGES.stream()
                    .filter(candidate -> candidate.getLanguage().equals(language))
                    .findFirst()
                    .orElse(null);
        }
    }
}

package org.harambee.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The user's language: chosen with {@code ?lang=sw} (remembered in a cookie for a year), otherwise taken from the
 * browser's Accept-Language among the languages Harambee speaks, otherwise English.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    /** The languages with a complete message file; a test keeps the files in step. */
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("sw"));

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("harambee-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            Locale wanted = request.getLocale();
            return SUPPORTED.stream()
                    .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                    .findFirst()
                    .orElse(Locale.ENGLISH);
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportedLocaleChangeInterceptor());
    }

    /** Switches language on {@code ?lang=}, but only to a language Harambee speaks; anything else is ignored. */
    private static final class SupportedLocaleChangeInterceptor extends LocaleChangeInterceptor {

        SupportedLocaleChangeInterceptor() {
            setParamName("lang");
            setIgnoreInvalidLocale(true);
        }

        @Override
        public boolean preHandle(
                jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response,
                Object handler)
                throws jakarta.servlet.ServletException {
            String wanted = request.getParameter(getParamName());
            boolean supported = wanted != null
                    && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equalsIgnoreCase(wanted));
            return !supported || super.preHandle(request, response, handler);
        }
    }
}

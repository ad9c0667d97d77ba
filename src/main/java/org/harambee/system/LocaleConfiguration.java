package org.harambee.system;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The user's language: chosen with {@code ?lang=sw} (remembered in a cookie for a year, and on the account by
 * access.PreferredLanguage), otherwise taken from the browser's Accept-Language among the configured
 * {@link Languages}, otherwise the first configured language.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    private final Languages languages;

    LocaleConfiguration(Languages languages) {
        this.languages = languages;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(Languages.COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(
                request -> languages.of(request.getLocale()).locale());
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportedLocaleChangeInterceptor(languages));
    }

    /** Switches language on {@code ?lang=}, but only to a configured language; anything else is ignored. */
    private static final class SupportedLocaleChangeInterceptor extends LocaleChangeInterceptor {

        private final Languages languages;

        SupportedLocaleChangeInterceptor(Languages languages) {
            this.languages = languages;
            setParamName(Languages.PARAMETER);
            setIgnoreInvalidLocale(true);
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws ServletException {
            return !languages.supports(request.getParameter(getParamName()))
                    || super.preHandle(request, response, handler);
        }
    }
}

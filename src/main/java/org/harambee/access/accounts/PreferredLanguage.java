package org.harambee.access.accounts;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.harambee.access.CurrentUser;
import org.harambee.system.Languages;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The language of the pages follows the account from phone to phone: switching language ({@code ?lang=}) while signed
 * in keeps it on the account, and signing in turns the pages to it (as if chosen with {@code ?lang=}). An account
 * without one takes the language chosen on this browser before signing in, if any; otherwise it keeps the browser's.
 */
@Component
class PreferredLanguage implements WebMvcConfigurer {

    private final AccountRecords accounts;
    private final ProfileRecords profiles;
    private final LocaleResolver locales;
    private final Languages languages;

    PreferredLanguage(AccountRecords accounts, ProfileRecords profiles, LocaleResolver locales, Languages languages) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.locales = locales;
        this.languages = languages;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web)
                || web.getResponse() == null) {
            return;
        }
        String username = event.getAuthentication().getName();
        Optional<Languages.Language> preferred =
                profiles.profile(username).map(p -> p.details().language()).flatMap(languages::find);
        if (preferred.isPresent()) {
            locales.setLocale(
                    web.getRequest(), web.getResponse(), preferred.get().locale());
        } else {
            chosenOnThisBrowser(web.getRequest()).ifPresent(l -> accounts.preferLanguage(username, l.tag()));
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
                        switched(request.getParameter(Languages.PARAMETER));
                        return true;
                    }
                })
                // a poster printed in another language is not a choice of language for the pages
                .excludePathPatterns("/api/**", "/css/**", "/js/**", "/img/**", "/webjars/**", "/pathways/*/poster");
    }

    private void switched(String wanted) {
        CurrentUser.signedIn()
                .ifPresent(name -> languages.find(wanted).ifPresent(l -> accounts.preferLanguage(name, l.tag())));
    }

    private Optional<Languages.Language> chosenOnThisBrowser(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(c -> c.getName().equals(Languages.COOKIE))
                .map(Cookie::getValue)
                .flatMap(v -> languages.find(v).stream())
                .findFirst();
    }
}

package org.harambee.access;

import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/**
 * On signing in to the pages, an account's preferred language becomes the language of the pages (as if chosen with
 * {@code ?lang=}); an account without one keeps the browser's. The user can still switch at any time.
 */
@Component
class PreferredLanguage {

    private final Accounts accounts;
    private final LocaleResolver locales;

    PreferredLanguage(Accounts accounts, LocaleResolver locales) {
        this.accounts = accounts;
        this.locales = locales;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web)
                || web.getResponse() == null) {
            return;
        }
        accounts.profile(event.getAuthentication().getName())
                .map(Accounts.Profile::language)
                .filter(AccountAdministration.LANGUAGES::contains)
                .ifPresent(language ->
                        locales.setLocale(web.getRequest(), web.getResponse(), Locale.forLanguageTag(language)));
    }
}

package org.harambee.access;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: the name recorded beside what a request writes, and whether anybody is signed in at all. */
public final class CurrentUser {

    /** The name written for what no person did: scheduled jobs, event listeners, commands. */
    public static final String SYSTEM = "system";

    private CurrentUser() {}

    /** The signed-in user's name, or {@value #SYSTEM} outside a request. */
    public static String name() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? SYSTEM : auth.getName();
    }

    /** The name of the person signed in; empty for nobody or an anonymous visitor. */
    public static Optional<String> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                ? Optional.empty()
                : Optional.of(auth.getName());
    }
}

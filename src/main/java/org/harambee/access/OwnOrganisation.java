package org.harambee.access;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The registered organisation the signed-in account is linked to (set on the account by an administrator), read once
 * per request: what a partner programme manager may write for ({@link Permission#MANAGE_OWN_ORGANISATION}).
 */
@Service
@Transactional(readOnly = true)
public class OwnOrganisation {

    private static final String CACHE = OwnOrganisation.class.getName() + ".";

    private final JdbcClient jdbc;

    OwnOrganisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation of the signed-in account; empty for nobody, or an account linked to none. */
    public Optional<UUID> id() {
        String username = CurrentUser.signedIn().orElse(null);
        if (username == null) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = CACHE + username;
        if (request != null
                && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Optional<?> known) {
            return known.map(UUID.class::cast);
        }
        Optional<UUID> id = of(username);
        if (request != null) {
            request.setAttribute(key, id, RequestAttributes.SCOPE_REQUEST);
        }
        return id;
    }

    /**
     * The organisation of the active account {@code username}: for work done in its name outside its requests, such as
     * an import on the import thread. Empty for an unknown or deactivated account, or one linked to none.
     */
    public Optional<UUID> of(String username) {
        return jdbc.sql("select organisation_id from access_user where username = ? and enabled = true")
                .param(username)
                .query((rs, i) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
                .optional()
                .flatMap(o -> o);
    }
}

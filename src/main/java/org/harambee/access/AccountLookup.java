package org.harambee.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access module's API for other modules that name accounts (service point officers, training participants): look
 * accounts up by username, and find who holds a role at a place. No contact details leave this module.
 */
@Service
@Transactional(readOnly = true)
public class AccountLookup {

    private final JdbcClient jdbc;
    private final UnitDirectory directory;

    AccountLookup(JdbcClient jdbc, UnitDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    public Optional<AccountRef> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select id, username, display_name, enabled from access_user where username = ?")
                .param(username.trim().toLowerCase(Locale.ROOT))
                .query((rs, n) ->
                        new AccountRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .optional();
    }

    /**
     * The account named {@code username} only when it is placed inside {@code scope}: one of its roles is assigned with
     * a unit there, or the scope is everywhere. An account elsewhere is answered as if it did not exist, so that typing
     * names does not tell who has an account in other districts.
     */
    public Optional<AccountRef> byUsernameWithin(String username, Scope scope) {
        Optional<AccountRef> account = byUsername(username);
        if (account.isEmpty() || scope.everywhere()) {
            return account;
        }
        List<UUID> units = jdbc.sql("select unit_id from access_role_scope where user_id = ?")
                .param(account.get().id())
                .query(UUID.class)
                .list();
        boolean inside = !units.isEmpty()
                && directory.byIds(new LinkedHashSet<>(units)).stream().anyMatch(p -> scope.covers(p.path()));
        return inside ? account : Optional.empty();
    }

    /** The accounts with these usernames that exist, by display name. */
    public List<AccountRef> byUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        List<String> lower = usernames.stream()
                .map(u -> u.trim().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        return jdbc.sql("select id, username, display_name, enabled from access_user where username in (:names)"
                        + " order by display_name, username")
                .param("names", lower)
                .query((rs, n) ->
                        new AccountRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    /**
     * Active accounts that hold {@code role} at a unit covering {@code unitPath} (the unit itself or one of its
     * ancestors), by display name: for example the service point officers who may be assigned to an office there.
     */
    public List<AccountRef> holding(Role role, String unitPath) {
        record Row(AccountRef account, UUID unitId) {}
        List<Row> rows = jdbc.sql("select u.id, u.username, u.display_name, u.enabled, s.unit_id"
                        + " from access_user u join access_role_scope s on s.user_id = u.id"
                        + " where s.role = ? and u.enabled = true order by u.display_name, u.username")
                .param(role.name())
                .query((rs, n) -> new Row(
                        new AccountRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4)),
                        rs.getObject(5, UUID.class)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> paths = new HashMap<>();
        directory
                .byIds(rows.stream().map(Row::unitId).collect(Collectors.toSet()))
                .forEach(p -> paths.put(p.id(), p.path()));
        return rows.stream()
                .filter(r -> {
                    String path = paths.get(r.unitId());
                    return path != null && unitPath != null && unitPath.startsWith(path);
                })
                .map(Row::account)
                .distinct()
                .toList();
    }
}

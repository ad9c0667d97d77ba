package org.harambee.access;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The accounts table. Usernames are kept lower-case so that sign-in ignores case. */
@Repository
class Accounts {

    record Account(UUID id, String username, String passwordHash, boolean enabled, List<String> roles) {}

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("select count(*) from access_user").query(Long.class).single();
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("select id, username, password_hash, enabled from access_user where username = ?")
                .param(normalise(username))
                .query((rs, n) -> new Account(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled"),
                        List.of()))
                .optional()
                .map(a -> new Account(a.id(), a.username(), a.passwordHash(), a.enabled(), rolesOf(a.id())));
    }

    @Transactional
    UUID create(String username, String displayName, String passwordHash, List<String> roles) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into access_user (id, username, password_hash, display_name, enabled, created_at)"
                        + " values (?, ?, ?, ?, true, ?)")
                .params(id, normalise(username), passwordHash, displayName, java.sql.Timestamp.from(Instant.now()))
                .update();
        for (String role : roles) {
            jdbc.sql("insert into access_user_role (user_id, role) values (?, ?)")
                    .params(id, role)
                    .update();
        }
        return id;
    }

    void changePassword(String username, String passwordHash) {
        jdbc.sql("update access_user set password_hash = ?, failed_logins = 0, locked_until = null where username = ?")
                .params(passwordHash, normalise(username))
                .update();
    }

    private List<String> rolesOf(UUID id) {
        return jdbc.sql("select role from access_user_role where user_id = ? order by role")
                .param(id)
                .query(String.class)
                .list();
    }

    private static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}

package org.harambee.access.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.harambee.system.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The accounts table. Usernames are kept lower-case so that sign-in ignores case. */
@Repository
public class AccountRecords {

    /** What sign-in needs of an account. */
    public record Account(
            UUID id,
            String username,
            String passwordHash,
            boolean enabled,
            boolean passwordChangeRequired,
            List<String> roles) {

        Account withRoles(List<String> roles) {
            return new Account(id, username, passwordHash, enabled, passwordChangeRequired, roles);
        }
    }

    /** The editable details of an account. */
    record Details(
            String displayName,
            String email,
            String phone,
            String language,
            String organisation,
            UUID organisationId) {}

    private final JdbcClient jdbc;
    private final RoleRecords roles;

    public AccountRecords(JdbcClient jdbc, RoleRecords roles) {
        this.jdbc = jdbc;
        this.roles = roles;
    }

    long count() {
        return jdbc.sql("select count(*) from access_user").query(Long.class).single();
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("select id, username, password_hash, enabled, password_change_required from access_user"
                        + " where username = ?")
                .param(normalise(username))
                .query((rs, n) -> new Account(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled"),
                        rs.getBoolean("password_change_required"),
                        List.of()))
                .optional()
                .map(a -> a.withRoles(roles.names(a.id())));
    }

    @Transactional
    public UUID create(String username, String displayName, String passwordHash, List<String> roleNames) {
        UUID id = insert(username, new Details(displayName, null, null, null, null, null), passwordHash, false);
        for (String role : roleNames) {
            jdbc.sql("insert into access_user_role (user_id, role) values (?, ?)")
                    .params(id, role)
                    .update();
        }
        return id;
    }

    /** Inserts an account without roles; the caller assigns them in the same transaction. */
    UUID insert(String username, Details details, String passwordHash, boolean changeRequired) {
        UUID id = Ids.newId();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into access_user (id, username, password_hash, display_name, email, phone, language,"
                        + " organisation, organisation_id, enabled, password_change_required, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?)")
                .params(
                        id,
                        normalise(username),
                        passwordHash,
                        details.displayName(),
                        details.email(),
                        details.phone(),
                        details.language(),
                        details.organisation(),
                        details.organisationId(),
                        changeRequired,
                        now,
                        now)
                .update();
        return id;
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from access_user where username = ?")
                        .param(normalise(username))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Keeps the account's language of the pages; true when it changed. */
    boolean preferLanguage(String username, String language) {
        return jdbc.sql("update access_user set language = ?, updated_at = ? where username = ?"
                                + " and (language is null or language <> ?)")
                        .params(language, Timestamp.from(Instant.now()), normalise(username), language)
                        .update()
                > 0;
    }

    void update(UUID id, Details details) {
        jdbc.sql("update access_user set display_name = ?, email = ?, phone = ?, language = ?, organisation = ?,"
                        + " organisation_id = ?, updated_at = ? where id = ?")
                .params(
                        details.displayName(),
                        details.email(),
                        details.phone(),
                        details.language(),
                        details.organisation(),
                        details.organisationId(),
                        Timestamp.from(Instant.now()),
                        id)
                .update();
    }

    void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("update access_user set enabled = ?, updated_at = ? where id = ?")
                .params(enabled, Timestamp.from(Instant.now()), id)
                .update();
    }

    /** Sets a new password; {@code changeRequired}: its holder must change it at the next sign-in. */
    void setPassword(UUID id, String passwordHash, boolean changeRequired) {
        jdbc.sql("update access_user set password_hash = ?, password_change_required = ?, reset_requested_at = null,"
                        + " failed_logins = 0, locked_until = null, updated_at = ? where id = ?")
                .params(passwordHash, changeRequired, Timestamp.from(Instant.now()), id)
                .update();
    }

    /**
     * Marks new accounts as waiting for their first password, as a request for a reset marks an account: an
     * administrator sees them among the accounts asking for one and gives each a temporary password.
     */
    void awaitPassword(Collection<UUID> ids, Instant at) {
        if (!ids.isEmpty()) {
            jdbc.sql("update access_user set reset_requested_at = :at where id in (:ids)")
                    .param("at", Timestamp.from(at))
                    .param("ids", ids)
                    .update();
        }
    }

    void changePassword(String username, String passwordHash) {
        jdbc.sql("update access_user set password_hash = ?, password_change_required = false, failed_logins = 0,"
                        + " locked_until = null where username = ?")
                .params(passwordHash, normalise(username))
                .update();
    }

    /**
     * Marks the active accounts with this username or e-mail address as asking for a reset, unless they asked within
     * the hour; the usernames marked.
     */
    List<String> requestReset(String usernameOrEmail, Instant at) {
        String key = normalise(usernameOrEmail);
        List<String> usernames = jdbc.sql("select username from access_user where enabled = true"
                        + " and (username = ? or lower(email) = ?)"
                        + " and (reset_requested_at is null or reset_requested_at < ?)")
                .params(key, key, Timestamp.from(at.minusSeconds(3600)))
                .query(String.class)
                .list();
        if (!usernames.isEmpty()) {
            jdbc.sql("update access_user set reset_requested_at = :at where username in (:usernames)")
                    .param("at", Timestamp.from(at))
                    .param("usernames", usernames)
                    .update();
        }
        return usernames;
    }

    static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}

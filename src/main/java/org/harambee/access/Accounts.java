package org.harambee.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.system.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The accounts tables. Usernames are kept lower-case so that sign-in ignores case. */
@Repository
class Accounts {

    /** What sign-in needs of an account. */
    record Account(
            UUID id,
            String username,
            String passwordHash,
            boolean enabled,
            boolean passwordChangeRequired,
            List<String> roles) {}

    /** What an administrator sees and edits; {@code roles} maps each role to the ids of its units. */
    record Profile(
            UUID id,
            String username,
            String displayName,
            String email,
            String phone,
            String language,
            String organisation,
            UUID organisationId,
            boolean enabled,
            boolean passwordChangeRequired,
            Instant resetRequestedAt,
            Instant createdAt,
            Instant updatedAt,
            Map<Role, List<UUID>> roles) {}

    /** The editable details of an account. */
    record Details(
            String displayName,
            String email,
            String phone,
            String language,
            String organisation,
            UUID organisationId) {}

    private static final String PROFILE_COLUMNS = "id, username, display_name, email, phone, language, organisation,"
            + " organisation_id, enabled, password_change_required, reset_requested_at, created_at, updated_at";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("select count(*) from access_user").query(Long.class).single();
    }

    Optional<Account> findByUsername(String username) {
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
                .map(a -> new Account(
                        a.id(),
                        a.username(),
                        a.passwordHash(),
                        a.enabled(),
                        a.passwordChangeRequired(),
                        rolesOf(a.id())));
    }

    @Transactional
    UUID create(String username, String displayName, String passwordHash, List<String> roles) {
        UUID id = insert(username, new Details(displayName, null, null, null, null, null), passwordHash, false);
        for (String role : roles) {
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

    /** Replaces every role of the account and their units. */
    void replaceRoles(UUID id, Map<Role, List<UUID>> roles) {
        jdbc.sql("delete from access_role_scope where user_id = ?").param(id).update();
        jdbc.sql("delete from access_user_role where user_id = ?").param(id).update();
        roles.forEach((role, units) -> {
            jdbc.sql("insert into access_user_role (user_id, role) values (?, ?)")
                    .params(id, role.name())
                    .update();
            for (UUID unit : units) {
                jdbc.sql("insert into access_role_scope (user_id, role, unit_id) values (?, ?, ?)")
                        .params(id, role.name(), unit)
                        .update();
            }
        });
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

    long countEnabledWithRole(Role role) {
        return jdbc.sql("select count(*) from access_user u join access_user_role r on r.user_id = u.id"
                        + " where r.role = ? and u.enabled = true")
                .param(role.name())
                .query(Long.class)
                .single();
    }

    Optional<Profile> profile(UUID id) {
        return jdbc.sql("select " + PROFILE_COLUMNS + " from access_user where id = ?")
                .param(id)
                .query(Accounts::profileRow)
                .optional()
                .map(p -> withRoles(p, scopedRoles(id)));
    }

    Optional<Profile> profile(String username) {
        return jdbc.sql("select id from access_user where username = ?")
                .param(normalise(username))
                .query(UUID.class)
                .optional()
                .flatMap(this::profile);
    }

    /**
     * One page of accounts by username, optionally matching the start of a username, name or e-mail address, holding a
     * role, active or not; roles are read for the page only.
     */
    List<Profile> search(String q, Role role, Boolean enabled, boolean resetRequested, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (q != null) {
            where.add("(u.username like :q or lower(u.display_name) like :q or lower(u.email) like :q)");
            params.put(
                    "q",
                    q.toLowerCase(Locale.ROOT)
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        if (role != null) {
            where.add("exists (select 1 from access_user_role r where r.user_id = u.id and r.role = :role)");
            params.put("role", role.name());
        }
        if (enabled != null) {
            where.add("u.enabled = :enabled");
            params.put("enabled", enabled);
        }
        if (resetRequested) {
            where.add("u.reset_requested_at is not null");
        }
        List<Profile> rows = jdbc.sql("select " + PROFILE_COLUMNS.replaceAll("(\\w+)", "u.$1") + " from access_user u"
                        + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                        + " order by u.username limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Accounts::profileRow)
                .list();
        return rows.stream().map(p -> withRoles(p, scopedRoles(p.id()))).toList();
    }

    private Map<Role, List<UUID>> scopedRoles(UUID id) {
        Map<Role, List<UUID>> roles = new LinkedHashMap<>();
        jdbc.sql("select r.role, s.unit_id from access_user_role r left join access_role_scope s"
                        + " on s.user_id = r.user_id and s.role = r.role where r.user_id = ? order by r.role")
                .param(id)
                .query(rs -> {
                    Role role = Roles.parse(rs.getString(1));
                    if (role != null) {
                        List<UUID> units = roles.computeIfAbsent(role, r -> new ArrayList<>());
                        UUID unit = rs.getObject(2, UUID.class);
                        if (unit != null) {
                            units.add(unit);
                        }
                    }
                });
        return roles;
    }

    private static Profile withRoles(Profile p, Map<Role, List<UUID>> roles) {
        return new Profile(
                p.id(),
                p.username(),
                p.displayName(),
                p.email(),
                p.phone(),
                p.language(),
                p.organisation(),
                p.organisationId(),
                p.enabled(),
                p.passwordChangeRequired(),
                p.resetRequestedAt(),
                p.createdAt(),
                p.updatedAt(),
                roles);
    }

    private static Profile profileRow(ResultSet rs, int i) throws SQLException {
        return new Profile(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("language"),
                rs.getString("organisation"),
                rs.getObject("organisation_id", UUID.class),
                rs.getBoolean("enabled"),
                rs.getBoolean("password_change_required"),
                instant(rs.getTimestamp("reset_requested_at")),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")),
                Map.of());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private List<String> rolesOf(UUID id) {
        return jdbc.sql("select role from access_user_role where user_id = ? order by role")
                .param(id)
                .query(String.class)
                .list();
    }

    static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}

package org.harambee.access.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts as administrators see them, with their roles and units: one, or a page of a search. */
@Repository
class ProfileRecords {

    /** What an administrator sees and edits; {@code roles} maps each role to the ids of its units. */
    record Profile(
            UUID id,
            String username,
            AccountRecords.Details details,
            boolean enabled,
            boolean passwordChangeRequired,
            Instant resetRequestedAt,
            Instant createdAt,
            Instant updatedAt,
            Map<Role, List<UUID>> roles) {

        Profile withRoles(Map<Role, List<UUID>> roles) {
            return new Profile(
                    id,
                    username,
                    details,
                    enabled,
                    passwordChangeRequired,
                    resetRequestedAt,
                    createdAt,
                    updatedAt,
                    roles);
        }
    }

    private static final String COLUMNS = "id, username, display_name, email, phone, language, organisation,"
            + " organisation_id, enabled, password_change_required, reset_requested_at, created_at, updated_at";

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final RoleRecords roles;

    ProfileRecords(JdbcClient jdbc, RoleRecords roles) {
        this.jdbc = jdbc;
        this.roles = roles;
    }

    Optional<Profile> profile(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from access_user where id = ?")
                .param(id)
                .query(ProfileRecords::row)
                .optional()
                .map(this::withRoles);
    }

    Optional<Profile> profile(String username) {
        return jdbc.sql("select id from access_user where username = ?")
                .param(AccountRecords.normalise(username))
                .query(UUID.class)
                .optional()
                .flatMap(this::profile);
    }

    /** The accounts of these (normalised) usernames that exist, with their roles, by username; read in chunks. */
    Map<String, Profile> profiles(Collection<String> usernames) {
        Map<String, Profile> found = new HashMap<>();
        List<String> all = List.copyOf(usernames);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Profile> rows = jdbc.sql("select " + COLUMNS + " from access_user where username in (:usernames)")
                    .param("usernames", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query(ProfileRecords::row)
                    .list();
            Map<UUID, Map<Role, List<UUID>>> held =
                    roles.scoped(rows.stream().map(Profile::id).toList());
            rows.forEach(p -> found.put(p.username(), p.withRoles(held.getOrDefault(p.id(), Map.of()))));
        }
        return found;
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
        List<Profile> rows = jdbc.sql("select " + COLUMNS.replaceAll("(\\w+)", "u.$1") + " from access_user u"
                        + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                        + " order by u.username limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ProfileRecords::row)
                .list();
        return rows.stream().map(this::withRoles).toList();
    }

    private Profile withRoles(Profile p) {
        return p.withRoles(roles.scoped(p.id()));
    }

    private static Profile row(ResultSet rs, int i) throws SQLException {
        return new Profile(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                new AccountRecords.Details(
                        rs.getString("display_name"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        rs.getString("language"),
                        rs.getString("organisation"),
                        rs.getObject("organisation_id", UUID.class)),
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
}

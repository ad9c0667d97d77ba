package org.harambee.access.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The roles an account holds and the units where each applies (a role held everywhere has no unit). */
@Repository
class RoleRecords {

    private final JdbcClient jdbc;

    RoleRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The names of the account's roles, as sign-in reads them. */
    List<String> names(UUID id) {
        return jdbc.sql("select role from access_user_role where user_id = ? order by role")
                .param(id)
                .query(String.class)
                .list();
    }

    /** Each role of the account with the ids of its units. */
    Map<Role, List<UUID>> scoped(UUID id) {
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

    /** Each role of each of these accounts with the ids of its units, by account id. */
    Map<UUID, Map<Role, List<UUID>>> scoped(Collection<UUID> ids) {
        Map<UUID, Map<Role, List<UUID>>> held = new HashMap<>();
        if (ids.isEmpty()) {
            return held;
        }
        jdbc.sql("select r.user_id, r.role, s.unit_id from access_user_role r left join access_role_scope s"
                        + " on s.user_id = r.user_id and s.role = r.role where r.user_id in (:ids) order by r.role")
                .param("ids", ids)
                .query(rs -> {
                    Role role = Roles.parse(rs.getString(2));
                    if (role != null) {
                        List<UUID> units = held.computeIfAbsent(
                                        rs.getObject(1, UUID.class), id -> new LinkedHashMap<>())
                                .computeIfAbsent(role, r -> new ArrayList<>());
                        UUID unit = rs.getObject(3, UUID.class);
                        if (unit != null) {
                            units.add(unit);
                        }
                    }
                });
        return held;
    }

    /** Replaces every role of the account and their units. */
    void replace(UUID id, Map<Role, List<UUID>> roles) {
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

    long countEnabledWith(Role role) {
        return jdbc.sql("select count(*) from access_user u join access_user_role r on r.user_id = u.id"
                        + " where r.role = ? and u.enabled = true")
                .param(role.name())
                .query(Long.class)
                .single();
    }
}

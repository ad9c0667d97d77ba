package org.harambee.access;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.system.OutsideAreaException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The scope check every module uses: may the signed-in user do this, there? A permission comes from a role, and a
 * role applies inside the units it was assigned with (their subtrees), or everywhere for the administrator. Read from
 * the database on each request (once per request), so that a change of roles or a deactivation applies at once.
 */
@Service
public class Scopes {

    private static final String CACHE = Scopes.class.getName() + ".assignments";

    /** The user's roles, each with the units it was assigned with. */
    record Assignments(Map<Role, List<UUID>> units) {
        static final Assignments NONE = new Assignments(Map.of());
    }

    private final JdbcClient jdbc;
    private final UnitDirectory directory;

    Scopes(JdbcClient jdbc, UnitDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** Where the signed-in user holds {@code permission}; nowhere when nobody is signed in. */
    public Scope of(Permission permission) {
        String username = currentUsername();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || username == null) {
            return of(username, permission);
        }
        // Read once per request: a batch of records (the offline app's sync) checks the same scope for each record.
        String key = CACHE + "." + username + ".scope." + permission.name();
        if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Scope known) {
            return known;
        }
        Scope scope = of(username, permission);
        request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
        return scope;
    }

    /** Where {@code username} holds {@code permission}; nowhere for an unknown or deactivated account. */
    public Scope of(String username, Permission permission) {
        if (username == null) {
            return Scope.none();
        }
        List<UUID> unitIds = new ArrayList<>();
        for (var assignment : assignments(username).units().entrySet()) {
            if (!assignment.getKey().grants(permission)) {
                continue;
            }
            if (assignment.getKey().everywhere()) {
                return Scope.all();
            }
            unitIds.addAll(assignment.getValue());
        }
        if (unitIds.isEmpty()) {
            return Scope.none();
        }
        return Scope.of(directory.byIds(new LinkedHashSet<>(unitIds)).stream()
                .map(UnitDirectory.Place::path)
                .toList());
    }

    /** True when the signed-in user holds {@code permission} for a record placed at {@code unitPath}. */
    public boolean permits(Permission permission, String unitPath) {
        return of(permission).covers(unitPath);
    }

    /** Throws {@link AccessDeniedException} (answered 403) unless {@link #permits} holds. */
    public void require(Permission permission, String unitPath) {
        if (!permits(permission, unitPath)) {
            throw new AccessDeniedException("outside the user's scope");
        }
    }

    /**
     * As {@link #require(Permission, String)} for a place chosen in the form field {@code field}: the refusal is an
     * {@link OutsideAreaException}, which a page form shows beside that field.
     */
    public void require(String field, Permission permission, String unitPath) {
        if (!permits(permission, unitPath)) {
            throw new OutsideAreaException(field);
        }
    }

    /** The permissions the signed-in user holds somewhere. */
    public Set<Permission> permissions() {
        String username = currentUsername();
        Set<Permission> held = EnumSet.noneOf(Permission.class);
        if (username != null) {
            assignments(username).units().forEach((role, units) -> {
                if (role.everywhere() || !units.isEmpty()) {
                    held.addAll(role.permissions());
                }
            });
        }
        return held;
    }

    /** The roles the signed-in user holds somewhere (a role given no unit applies nowhere), in the order of {@link Role}. */
    public Set<Role> roles() {
        Set<Role> held = EnumSet.noneOf(Role.class);
        String username = currentUsername();
        if (username != null) {
            assignments(username).units().forEach((role, units) -> {
                if (role.everywhere() || !units.isEmpty()) {
                    held.add(role);
                }
            });
        }
        return held;
    }

    private Assignments assignments(String username) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = CACHE + "." + username;
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Assignments a) {
            return a;
        }
        Assignments loaded = load(username);
        if (request != null) {
            request.setAttribute(key, loaded, RequestAttributes.SCOPE_REQUEST);
        }
        return loaded;
    }

    private Assignments load(String username) {
        Map<Role, List<UUID>> units = new EnumMap<>(Role.class);
        jdbc.sql("select r.role, s.unit_id from access_user u join access_user_role r on r.user_id = u.id"
                        + " left join access_role_scope s on s.user_id = r.user_id and s.role = r.role"
                        + " where u.username = ? and u.enabled = true")
                .param(username)
                .query(rs -> {
                    Role role = Roles.parse(rs.getString(1));
                    if (role == null) {
                        return;
                    }
                    List<UUID> list = units.computeIfAbsent(role, r -> new ArrayList<>());
                    UUID unit = rs.getObject(2, UUID.class);
                    if (unit != null) {
                        list.add(unit);
                    }
                });
        return units.isEmpty() ? Assignments.NONE : new Assignments(units);
    }

    private static String currentUsername() {
        return CurrentUser.signedIn().orElse(null);
    }
}

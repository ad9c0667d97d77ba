package org.harambee.capacity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.capacity.internal.Place;
import org.harambee.capacity.internal.Places;
import org.harambee.geography.UnitView;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readiness criteria of an area and their required values: global defaults (seeded), overridden at a unit for its
 * whole subtree, the row at the nearest unit winning. Criteria for an area are set by someone who holds {@code
 * MANAGE_TRAININGS} above it (at its parent; at the country itself for a country), so that nobody lowers the bar of
 * their own area.
 */
@Service
class ReadinessCriteria {

    /** A criterion as it applies to an area; {@code setAt} is null for the global default. */
    record Setting(String criterion, long required, boolean active, Place setAt) {}

    record SettingInput(String criterion, Long required, Boolean active) {}

    record SettingsInput(List<SettingInput> criteria) {}

    record Row(Criterion criterion, long required, boolean active, UUID unitId, String unitPath) {}

    private final JdbcClient jdbc;
    private final Places places;
    private final Scopes scopes;
    private final AuditTrail audit;

    ReadinessCriteria(JdbcClient jdbc, Places places, Scopes scopes, AuditTrail audit) {
        this.jdbc = jdbc;
        this.places = places;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** The criteria that apply to the area at {@code areaPath}, in the order of {@link Criterion}. */
    Map<Criterion, Row> effective(String areaPath) {
        Map<Criterion, Row> effective = new EnumMap<>(Criterion.class);
        List<String> prefixes = prefixes(areaPath);
        jdbc
                .sql("select criterion, required, active, unit_id, unit_path from capacity_readiness_criterion"
                        + " where unit_path is null or unit_path in (:prefixes)"
                        + " order by case when unit_path is null then 0 else length(unit_path) end")
                .param("prefixes", prefixes)
                .query((rs, i) -> new Row(
                        Criterion.parse(rs.getString(1)),
                        rs.getLong(2),
                        rs.getBoolean(3),
                        rs.getObject(4, UUID.class),
                        rs.getString(5)))
                .list()
                .stream()
                .filter(r -> r.criterion() != null)
                .forEach(r -> effective.put(r.criterion(), r));
        return effective;
    }

    /** The criteria of the area at this unit, as shown. */
    @Transactional(readOnly = true)
    List<Setting> of(UnitView area, String language) {
        Map<Criterion, Row> effective = effective(area.path());
        var units = places.refs(
                effective.values().stream()
                        .map(Row::unitId)
                        .filter(id -> id != null)
                        .toList(),
                language);
        return effective.values().stream()
                .map(r -> new Setting(
                        r.criterion().name(),
                        r.required(),
                        r.active(),
                        r.unitId() == null ? null : Place.of(units.get(r.unitId()))))
                .toList();
    }

    /** Whether the signed-in user may set the criteria of the area at this unit (from above it). */
    @Transactional(readOnly = true)
    boolean canSet(UnitView unit) {
        String parent = parentPath(unit.path());
        return scopes.permits(Permission.MANAGE_TRAININGS, parent == null ? unit.path() : parent);
    }

    @Transactional
    List<Setting> set(String pcode, SettingsInput input, String language) {
        UnitView unit = places.get(pcode, language);
        String parent = parentPath(unit.path());
        scopes.require(Permission.MANAGE_TRAININGS, parent == null ? unit.path() : parent);
        List<FieldProblem> problems = new ArrayList<>();
        List<SettingInput> settings = input == null || input.criteria() == null ? List.of() : input.criteria();
        if (settings.isEmpty()) {
            problems.add(new FieldProblem("criteria", "capacity.criteria.empty"));
        }
        for (int i = 0; i < settings.size(); i++) {
            SettingInput s = settings.get(i);
            if (s == null || Criterion.parse(Inputs.trimmed(s.criterion())) == null) {
                problems.add(new FieldProblem("criteria[" + i + "].criterion", "capacity.criteria.unknown"));
            } else if (s.required() == null || s.required() < 0 || s.required() > 1000) {
                problems.add(new FieldProblem("criteria[" + i + "].required", "capacity.criteria.range"));
            }
        }
        Inputs.refuseIfAny(problems);
        for (SettingInput s : settings) {
            String criterion = s.criterion().trim();
            jdbc.sql("delete from capacity_readiness_criterion where criterion = ? and unit_id = ?")
                    .params(criterion, unit.id())
                    .update();
            jdbc.sql("insert into capacity_readiness_criterion (id, criterion, unit_id, unit_path, required, active,"
                            + " updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            Ids.newId(),
                            criterion,
                            unit.id(),
                            unit.path(),
                            s.required(),
                            !Boolean.FALSE.equals(s.active()),
                            CurrentUser.name(),
                            Timestamp.from(Instant.now()))
                    .update();
            audit.record(
                    "READINESS_CRITERION_SET",
                    "readiness-criterion",
                    criterion,
                    unit.id(),
                    unit.path(),
                    s.required() + (Boolean.FALSE.equals(s.active()) ? " (off)" : ""));
        }
        return of(unit, language);
    }

    /** The paths of the unit and each unit above it. */
    static List<String> prefixes(String path) {
        List<String> prefixes = new ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            prefixes.add(path.substring(0, i + 1));
        }
        return prefixes;
    }

    /** The parent's path, or null for a country. */
    static String parentPath(String path) {
        List<String> prefixes = prefixes(path);
        return prefixes.size() < 2 ? null : prefixes.get(prefixes.size() - 2);
    }
}

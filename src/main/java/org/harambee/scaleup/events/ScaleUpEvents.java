package org.harambee.scaleup.events;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.access.UnitPaths;
import org.harambee.geography.UnitView;
import org.harambee.scaleup.ScaleUpEventRecorded;
import org.harambee.scaleup.ScaleUpKind;
import org.harambee.scaleup.internal.ScaleUpPlaces;
import org.harambee.scaleup.internal.ScaleUpPlaces.Place;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scale-up events (ExpandNet's four kinds) at a unit, on a day not in the future: recorded with {@code PLAN_SCALE_UP}
 * at the unit and published as {@link ScaleUpEventRecorded}; listed inside the reader's area, newest first.
 */
@Service
class ScaleUpEvents {

    private static final Inputs INPUTS = Inputs.keyed("scaleup");

    record EventInput(String kind, String unit, String occurredOn, String description) {}

    record Event(
            UUID id,
            ScaleUpKind kind,
            Place unit,
            int level,
            LocalDate occurredOn,
            String description,
            String recordedBy,
            Instant recordedAt) {}

    private record Row(
            UUID id,
            ScaleUpKind kind,
            UUID unitId,
            String unitPath,
            int level,
            LocalDate occurredOn,
            String description,
            String recordedBy,
            Instant recordedAt) {}

    private static final String COLUMNS =
            "id, kind, unit_id, unit_path, level, occurred_on, description, recorded_by, recorded_at";

    private final JdbcClient jdbc;
    private final ScaleUpPlaces places;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ScaleUpEvents(
            JdbcClient jdbc, ScaleUpPlaces places, Scopes scopes, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.places = places;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    UUID record(EventInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        ScaleUpKind kind = INPUTS.choice("kind", input.kind(), ScaleUpKind.class, problems);
        UnitView unit = places.unit("unit", input.unit(), true, problems);
        LocalDate on = INPUTS.date("occurredOn", input.occurredOn(), true, problems);
        if (on != null && on.isAfter(LocalDate.now())) {
            problems.add(new FieldProblem("occurredOn", "scaleup.date.future"));
        }
        String description = INPUTS.text("description", input.description(), 2000, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        scopes.require("unit", Permission.PLAN_SCALE_UP, unit.path());
        UUID id = Ids.newId();
        int level = UnitPaths.depth(unit.path());
        jdbc.sql("insert into scaleup_event (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        kind.name(),
                        unit.id(),
                        unit.path(),
                        level,
                        Date.valueOf(on),
                        description,
                        CurrentUser.name(),
                        Timestamp.from(Instant.now()))
                .update();
        audit.record("SCALEUP_EVENT_RECORDED", "scaleup-event", id.toString(), unit.id(), unit.path(), kind.name());
        events.publishEvent(new ScaleUpEventRecorded(id, kind, unit.id(), unit.path(), level, on));
        return id;
    }

    @Transactional(readOnly = true)
    Event get(UUID id, String language) {
        Row row = jdbc.sql("select " + COLUMNS + " from scaleup_event where id = ?")
                .param(id)
                .query(ScaleUpEvents::row)
                .optional()
                .orElseThrow(NotFoundException.of("scaleup.notFound"));
        scopes.require(Permission.VIEW_PROGRAMME, row.unitPath());
        return views(List.of(row), language).get(0);
    }

    /** Events inside the reader's area (and the subtree of {@code unit}), of one kind when given, newest first. */
    @Transactional(readOnly = true)
    List<Event> list(String unit, String kind, String language) {
        Scope scope = scopes.of(Permission.VIEW_PROGRAMME);
        String area = places.area("unit", unit, scope);
        Map<String, Object> params = new HashMap<>();
        String where = UnitPaths.within(scope, "unit_path", "s", params);
        if (area != null) {
            where += " and " + UnitPaths.range("unit_path", "area", area, params);
        }
        String code = Inputs.trimmed(kind);
        if (code != null) {
            List<FieldProblem> problems = new ArrayList<>();
            ScaleUpKind chosen = INPUTS.choice("kind", code, ScaleUpKind.class, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            where += " and kind = :kind";
            params.put("kind", chosen.name());
        }
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from scaleup_event where " + where
                        + " order by occurred_on desc, recorded_at desc limit 500")
                .params(params)
                .query(ScaleUpEvents::row)
                .list();
        return views(rows, language);
    }

    private List<Event> views(List<Row> rows, String language) {
        Map<UUID, Place> units = places.byIds(rows.stream().map(Row::unitId).toList(), language);
        return rows.stream()
                .map(r -> new Event(
                        r.id(),
                        r.kind(),
                        units.get(r.unitId()),
                        r.level(),
                        r.occurredOn(),
                        r.description(),
                        r.recordedBy(),
                        r.recordedAt()))
                .toList();
    }

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                ScaleUpKind.valueOf(rs.getString("kind")),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_path"),
                rs.getInt("level"),
                rs.getDate("occurred_on").toLocalDate(),
                rs.getString("description"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}

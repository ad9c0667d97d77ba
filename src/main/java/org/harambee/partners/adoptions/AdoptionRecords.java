package org.harambee.partners.adoptions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.partners.AdoptionStep;
import org.harambee.partners.internal.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The adoption table: one row per organisation and unit, with the date of each step taken. */
@Repository
public class AdoptionRecords {

    private static final String COLUMNS =
            "id, organisation_id, unit_id, unit_path, step, invited_on, agreed_on, trained_on, supporting_on";

    /** An adoption: its current step and the date of every step taken so far. */
    record Row(
            UUID id,
            UUID organisationId,
            UUID unitId,
            String unitPath,
            AdoptionStep step,
            Map<AdoptionStep, LocalDate> dates) {

        LocalDate dateOf(AdoptionStep s) {
            return dates.get(s);
        }
    }

    /** What to list: a subtree (path), one organisation, one current step; all optional. */
    record Filter(String areaPath, UUID organisationId, AdoptionStep step) {}

    private final JdbcClient jdbc;

    AdoptionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from partner_adoption where id = ?")
                .param(id)
                .query(AdoptionRecords::row)
                .optional();
    }

    boolean exists(UUID organisationId, UUID unitId) {
        return jdbc.sql("select count(*) from partner_adoption where organisation_id = ? and unit_id = ?")
                        .params(organisationId, unitId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(UUID id, UUID organisationId, UUID unitId, String unitPath, LocalDate invitedOn) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into partner_adoption (id, organisation_id, unit_id, unit_path, step, invited_on, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, organisationId, unitId, unitPath, AdoptionStep.INVITED.name(), Date.valueOf(invitedOn))
                .params(now, now)
                .update();
    }

    /** Moves the row from {@code from} to the next step; false when another request moved it first. */
    boolean advance(UUID id, AdoptionStep from, LocalDate on) {
        AdoptionStep to = from.next();
        return jdbc.sql("update partner_adoption set step = ?, " + column(to) + " = ?, updated_at = ?"
                                + " where id = ? and step = ?")
                        .params(to.name(), Date.valueOf(on), Timestamp.from(Instant.now()), id, from.name())
                        .update()
                == 1;
    }

    List<Row> list(Filter filter, Scope scope, int page, int size) {
        Where where = where(filter, scope);
        return jdbc.sql("select " + COLUMNS + " from partner_adoption" + where.sql()
                        + " order by unit_path, invited_on, id limit :limit offset :offset")
                .params(where.params())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(AdoptionRecords::row)
                .list();
    }

    long count(Filter filter, Scope scope) {
        Where where = where(filter, scope);
        return jdbc.sql("select count(*) from partner_adoption" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** The furthest step of the organisation's adoptions at the unit at {@code unitPath} or above it. */
    public Optional<AdoptionStep> furthestAt(UUID organisationId, String unitPath) {
        return jdbc
                .sql("select step from partner_adoption where organisation_id = ? and ? like unit_path || '%'")
                .params(organisationId, unitPath)
                .query((rs, i) -> AdoptionStep.valueOf(rs.getString(1)))
                .list()
                .stream()
                .max(Enum::compareTo);
    }

    private static Where where(Filter filter, Scope scope) {
        Where where = new Where().within(scope, "unit_path").subtree(filter.areaPath(), "unit_path");
        if (filter.organisationId() != null) {
            where.and("organisation_id = :organisation", "organisation", filter.organisationId());
        }
        if (filter.step() != null) {
            where.and("step = :step", "step", filter.step().name());
        }
        return where;
    }

    private static String column(AdoptionStep step) {
        return step.name().toLowerCase(java.util.Locale.ROOT) + "_on";
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Map<AdoptionStep, LocalDate> dates = new EnumMap<>(AdoptionStep.class);
        for (AdoptionStep step : AdoptionStep.values()) {
            Date date = rs.getDate(column(step));
            if (date != null) {
                dates.put(step, date.toLocalDate());
            }
        }
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_path"),
                AdoptionStep.valueOf(rs.getString("step")),
                dates);
    }
}

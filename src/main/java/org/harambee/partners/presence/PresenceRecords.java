package org.harambee.partners.presence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.partners.AdoptionStep;
import org.harambee.partners.internal.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The presence table (who does what where). */
@Repository
public class PresenceRecords {

    private static final String COLUMNS =
            "id, organisation_id, unit_id, unit_path, sector, start_date, end_date, created_at, updated_at";

    record Row(
            UUID id,
            UUID organisationId,
            UUID unitId,
            String unitPath,
            Sector sector,
            LocalDate startDate,
            LocalDate endDate) {}

    /** What to list: a subtree (path), one organisation, one sector, only rows current on a day; all optional. */
    record Filter(String areaPath, UUID organisationId, Sector sector, LocalDate currentOn) {}

    private final JdbcClient jdbc;

    PresenceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from partner_presence where id = ?")
                .param(id)
                .query(PresenceRecords::row)
                .optional();
    }

    /** The rows at these units (an import's natural keys), 500 units a query. */
    List<Row> atUnits(Collection<UUID> unitIds) {
        List<UUID> all = List.copyOf(unitIds);
        List<Row> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            rows.addAll(jdbc.sql("select " + COLUMNS + " from partner_presence where unit_id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + 500)))
                    .query(PresenceRecords::row)
                    .list());
        }
        return rows;
    }

    void insert(Row r) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into partner_presence (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        r.id(),
                        r.organisationId(),
                        r.unitId(),
                        r.unitPath(),
                        r.sector().name())
                .params(Date.valueOf(r.startDate()), r.endDate() == null ? null : Date.valueOf(r.endDate()), now, now)
                .update();
    }

    void update(UUID id, Sector sector, LocalDate start, LocalDate end) {
        jdbc.sql("update partner_presence set sector = ?, start_date = ?, end_date = ?, updated_at = ? where id = ?")
                .params(sector.name(), Date.valueOf(start), end == null ? null : Date.valueOf(end))
                .params(Timestamp.from(Instant.now()), id)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from partner_presence where id = ?").param(id).update();
    }

    /** Whether another row of the same organisation, unit and sector covers part of the period. */
    boolean overlaps(Row r) {
        Where where = new Where()
                .and("organisation_id = :organisation", "organisation", r.organisationId())
                .and("unit_id = :unit", "unit", r.unitId())
                .and("sector = :sector", "sector", r.sector().name())
                .and("id <> :id", "id", r.id())
                .and("(end_date is null or end_date >= :start)", "start", Date.valueOf(r.startDate()));
        if (r.endDate() != null) {
            where.and("start_date <= :end", "end", Date.valueOf(r.endDate()));
        }
        return jdbc.sql("select count(*) from partner_presence" + where.sql())
                        .params(where.params())
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Row> list(Filter filter, Scope scope, int page, int size) {
        Where where = where(filter, scope);
        return jdbc.sql("select " + COLUMNS + " from partner_presence" + where.sql()
                        + " order by unit_path, start_date desc, id limit :limit offset :offset")
                .params(where.params())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(PresenceRecords::row)
                .list();
    }

    long count(Filter filter, Scope scope) {
        Where where = where(filter, scope);
        return jdbc.sql("select count(*) from partner_presence" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /**
     * Current rows in a subtree whose organisation has not been trained there: no adoption at the row's unit or above
     * it, or one still at invited or agreed. The furthest step so far comes as {@code step_rank} (null for none).
     */
    public List<Gap> notAdopting(String areaPath, Scope scope, LocalDate today, int limit) {
        StringBuilder ranks = new StringBuilder("case a.step");
        for (AdoptionStep step : AdoptionStep.values()) {
            ranks.append(" when '").append(step.name()).append("' then ").append(step.ordinal());
        }
        String rank = "(select max(" + ranks + " end) from partner_adoption a"
                + " where a.organisation_id = p.organisation_id and p.unit_path like a.unit_path || '%')";
        Where where = where(new Filter(areaPath, null, null, today), scope)
                .and("coalesce(" + rank + ", -1) < " + AdoptionStep.TRAINED.ordinal());
        return jdbc.sql("select p.organisation_id, p.unit_id, p.sector, " + rank + " as step_rank"
                        + " from partner_presence p" + where.sql()
                        + " order by p.unit_path, p.organisation_id, p.sector limit :limit")
                .params(where.params())
                .param("limit", limit)
                .query((rs, i) -> new Gap(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        Sector.valueOf(rs.getString(3)),
                        rs.getObject(4) == null ? null : AdoptionStep.values()[rs.getInt(4)]))
                .list();
    }

    /** A current presence row of an organisation that is not adopting there, with its furthest step if any. */
    public record Gap(UUID organisationId, UUID unitId, Sector sector, AdoptionStep step) {}

    private static Where where(Filter filter, Scope scope) {
        Where where = new Where().within(scope, "unit_path").subtree(filter.areaPath(), "unit_path");
        if (filter.organisationId() != null) {
            where.and("organisation_id = :organisation", "organisation", filter.organisationId());
        }
        if (filter.sector() != null) {
            where.and("sector = :sector", "sector", filter.sector().name());
        }
        if (filter.currentOn() != null) {
            Date day = Date.valueOf(filter.currentOn());
            where.and("start_date <= :today and (end_date is null or end_date >= :today)", "today", day);
        }
        return where;
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Date end = rs.getDate("end_date");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_path"),
                Sector.valueOf(rs.getString("sector")),
                rs.getDate("start_date").toLocalDate(),
                end == null ? null : end.toLocalDate());
    }
}

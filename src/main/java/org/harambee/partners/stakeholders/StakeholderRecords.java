package org.harambee.partners.stakeholders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.partners.internal.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stakeholder table. */
@Repository
public class StakeholderRecords {

    private static final String COLUMNS = "id, name, kind, unit_id, unit_path";

    public record Row(UUID id, String name, StakeholderKind kind, UUID unitId, String unitPath) {}

    /** What to list: a subtree (path), one kind, a name containing {@code q}; all optional. */
    record Filter(String areaPath, StakeholderKind kind, String q) {}

    private final JdbcClient jdbc;

    StakeholderRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from partner_stakeholder where id = ?")
                .param(id)
                .query(StakeholderRecords::row)
                .optional();
    }

    public List<Row> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from partner_stakeholder where id in (:ids)")
                .param("ids", ids)
                .query(StakeholderRecords::row)
                .list();
    }

    void insert(Row r) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into partner_stakeholder (" + COLUMNS
                        + ", created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), r.name(), r.kind().name(), r.unitId(), r.unitPath(), now, now)
                .update();
    }

    void update(UUID id, String name, StakeholderKind kind) {
        jdbc.sql("update partner_stakeholder set name = ?, kind = ?, updated_at = ? where id = ?")
                .params(name, kind.name(), Timestamp.from(Instant.now()), id)
                .update();
    }

    List<Row> list(Filter filter, Scope scope, int page, int size) {
        Where where = where(filter, scope);
        return jdbc.sql("select " + COLUMNS + " from partner_stakeholder" + where.sql()
                        + " order by unit_path, lower(name), id limit :limit offset :offset")
                .params(where.params())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(StakeholderRecords::row)
                .list();
    }

    long count(Filter filter, Scope scope) {
        Where where = where(filter, scope);
        return jdbc.sql("select count(*) from partner_stakeholder" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    private static Where where(Filter filter, Scope scope) {
        Where where = new Where().within(scope, "unit_path").subtree(filter.areaPath(), "unit_path");
        if (filter.kind() != null) {
            where.and("kind = :kind", "kind", filter.kind().name());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.and("lower(name) like :q escape '\\'", "q", Where.containing(filter.q()));
        }
        return where;
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                StakeholderKind.valueOf(rs.getString("kind")),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_path"));
    }
}

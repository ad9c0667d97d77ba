package org.harambee.communities.spread;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.communities.Origin;
import org.harambee.communities.SpreadKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The spread links table, read with both ends' current places. */
@Repository
class SpreadRecords {

    /** A link with the path of each end, so that the reader's scope can be applied to each. */
    record Link(
            UUID id,
            UUID sourceId,
            String sourcePath,
            UUID targetId,
            String targetPath,
            SpreadKind kind,
            LocalDate occurredOn,
            String note) {}

    private final JdbcClient jdbc;

    SpreadRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(UUID source, UUID target, SpreadKind kind, LocalDate on) {
        return jdbc.sql("select count(*) from community_spread_link where source_id = ? and target_id = ? and kind = ?"
                                + " and occurred_on = ?")
                        .params(source, target, kind.name(), on)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(UUID id, UUID source, UUID target, SpreadKind kind, LocalDate on, String note, String user) {
        jdbc.sql("insert into community_spread_link (id, source_id, target_id, kind, occurred_on, note, created_by,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, source, target, kind.name(), on, note, user, Timestamp.from(Instant.now()))
                .update();
    }

    /**
     * Links with at least one end inside {@code areaPath} (when given) and inside the scope, oldest first: the
     * network of an area with the links that cross its border.
     */
    List<Link> touching(String areaPath, Scope scope) {
        Map<String, Object> params = new HashMap<>();
        String sourceIn = UnitPaths.within(scope, "s.unit_path", "scopeS", params);
        String targetIn = UnitPaths.within(scope, "t.unit_path", "scopeT", params);
        if (areaPath != null) {
            sourceIn += " and " + UnitPaths.range("s.unit_path", "areaS", areaPath, params);
            targetIn += " and " + UnitPaths.range("t.unit_path", "areaT", areaPath, params);
        }
        List<Link> links = jdbc.sql(
                        "select l.id, l.source_id, s.unit_path, l.target_id, t.unit_path, l.kind, l.occurred_on,"
                                + " l.note from community_spread_link l join community s on s.id = l.source_id"
                                + " join community t on t.id = l.target_id where (" + sourceIn + ") or (" + targetIn
                                + ")"
                                + " order by l.occurred_on, l.created_at limit 5000")
                .params(params)
                .query((rs, i) -> new Link(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        SpreadKind.valueOf(rs.getString(6)),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8)))
                .list();
        // a community registered as asking after hearing from a neighbour is a link too, unless one was recorded
        Set<String> recorded = new HashSet<>();
        links.forEach(l -> recorded.add(l.sourceId() + ">" + l.targetId()));
        List<Link> all = new ArrayList<>(links);
        jdbc
                .sql("select t.id, t.source_community_id, s.unit_path as source_path, t.unit_path as target_path,"
                        + " coalesce(t.requested_on, cast(t.created_at as date)) as occurred_on from community t"
                        + " join community s on s.id = t.source_community_id where t.origin = :origin and (("
                        + sourceIn + ") or (" + targetIn + ")) order by occurred_on limit 5000")
                .params(params)
                .param("origin", Origin.NEIGHBOUR_REQUEST.name())
                .query((rs, i) -> new Link(
                        rs.getObject("id", UUID.class),
                        rs.getObject("source_community_id", UUID.class),
                        rs.getString("source_path"),
                        rs.getObject("id", UUID.class),
                        rs.getString("target_path"),
                        SpreadKind.REQUESTED_TO_START,
                        rs.getObject("occurred_on", LocalDate.class),
                        null))
                .list()
                .stream()
                .filter(l -> !recorded.contains(l.sourceId() + ">" + l.targetId()))
                .forEach(all::add);
        all.sort(Comparator.comparing(Link::occurredOn));
        return all;
    }
}

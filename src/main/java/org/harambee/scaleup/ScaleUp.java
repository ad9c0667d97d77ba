package org.harambee.scaleup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.UnitPaths;
import org.harambee.communities.ClusterRef;
import org.harambee.communities.Clusters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scale-up module's API for other modules (indicators: uptake before and after crossover). No scope check here:
 * callers check what they show against the user's scope.
 */
@Service
@Transactional(readOnly = true)
public class ScaleUp {

    private final JdbcClient jdbc;
    private final Clusters clusters;

    ScaleUp(JdbcClient jdbc, Clusters clusters) {
        this.jdbc = jdbc;
        this.clusters = clusters;
    }

    /**
     * The crossover of every cluster of a rollout that lies (as placed now) in the subtree at {@code areaPath}, by
     * cluster id: its wave and the day its wave crosses over, or the comparison flag.
     */
    public Map<UUID, Crossover> crossovers(String areaPath) {
        record Row(UUID clusterId, UUID rolloutId, boolean comparison, Integer wave, LocalDate first, int months) {}
        Map<String, Object> params = new HashMap<>();
        String below = UnitPaths.range("r.unit_path", "area", areaPath, params);
        params.put("areaPath", areaPath);
        List<Row> rows = jdbc.sql("select c.cluster_id, c.rollout_id, c.comparison, c.wave, r.first_crossover,"
                        + " r.period_months from scaleup_rollout_cluster c join scaleup_rollout r on r.id = c.rollout_id"
                        + " where " + below + " or :areaPath like r.unit_path || '%'")
                .params(params)
                .query((rs, i) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getBoolean(3),
                        (Integer) rs.getObject(4),
                        rs.getDate(5).toLocalDate(),
                        rs.getInt(6)))
                .list();
        Map<UUID, ClusterRef> placed = new HashMap<>();
        clusters.refs(rows.stream().map(Row::clusterId).toList()).forEach(c -> placed.put(c.id(), c));
        Map<UUID, Crossover> crossovers = new LinkedHashMap<>();
        for (Row row : rows) {
            ClusterRef cluster = placed.get(row.clusterId());
            if (cluster == null || !cluster.unitPath().startsWith(areaPath)) {
                continue;
            }
            LocalDate on = row.comparison() || row.wave() == null
                    ? null
                    : row.first().plusMonths((long) (row.wave() - 1) * row.months());
            crossovers.put(
                    row.clusterId(), new Crossover(row.clusterId(), row.rolloutId(), row.comparison(), row.wave(), on));
        }
        return crossovers;
    }

    /** The names of the rollouts with these ids that exist. */
    public Map<UUID, String> rolloutNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from scaleup_rollout where id in (:ids)")
                    .param("ids", ids)
                    .query((rs, i) -> names.put(rs.getObject(1, UUID.class), rs.getString(2)))
                    .list();
        }
        return names;
    }
}

package org.harambee.communities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communities module's API for cluster lookups, for the modules that name clusters (agreements, rollout waves).
 * No scope check here: callers check the returned unit path against the user's scope.
 */
@Service
@Transactional(readOnly = true)
public class Clusters {

    private final JdbcClient jdbc;

    Clusters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ClusterRef> find(UUID id) {
        return id == null ? Optional.empty() : refs(List.of(id)).stream().findFirst();
    }

    /** The cluster, or 404. */
    public ClusterRef get(UUID id) {
        return find(id).orElseThrow(NotFoundException.of("problem.communityNotFound"));
    }

    /** The clusters with these ids that exist, by name. */
    public List<ClusterRef> refs(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withMembers(jdbc.sql("select id, name, unit_id, unit_path from community_cluster where id in (:ids)"
                        + " order by search_name")
                .param("ids", ids)
                .query((rs, n) -> new ClusterRef(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        List.of()))
                .list());
    }

    /** Clusters placed inside {@code scope} (and the subtree at {@code areaPath} when given), by name. */
    public List<ClusterRef> within(Scope scope, String areaPath) {
        Map<String, Object> params = new HashMap<>();
        String where = UnitPaths.within(scope, "unit_path", "s", params);
        if (areaPath != null && !areaPath.isBlank()) {
            where += " and " + UnitPaths.range("unit_path", "area", areaPath, params);
        }
        return withMembers(jdbc.sql("select id, name, unit_id, unit_path from community_cluster where " + where
                        + " order by search_name limit " + Communities.PICK_LIMIT)
                .params(params)
                .query((rs, n) -> new ClusterRef(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        List.of()))
                .list());
    }

    /** A community's stay in a cluster: from the day it joined (null: before joining days were kept) to the day it left. */
    public record Stay(UUID communityId, LocalDate joinedOn, LocalDate leftOn) {}

    /**
     * Who belonged to a cluster when, for the agreements of the cluster, which tie its members in while they belong
     * to it: every stay, current ones with no day left.
     */
    public List<Stay> stays(UUID clusterId) {
        return jdbc.sql("select community_id, joined_on, left_on from community_cluster_membership where cluster_id = ?"
                        + " order by community_id, joined_on")
                .param(clusterId)
                .query((rs, n) -> new Stay(
                        rs.getObject(1, UUID.class),
                        rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()))
                .list();
    }

    /** The cluster each of these communities belongs to, for those that belong to one. */
    public Map<UUID, UUID> clusterOf(Collection<UUID> communityIds) {
        Map<UUID, UUID> clusters = new HashMap<>();
        if (communityIds.isEmpty()) {
            return clusters;
        }
        jdbc.sql("select community_id, cluster_id from community_cluster_member where community_id in (:ids)")
                .param("ids", communityIds)
                .query((rs, n) -> clusters.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
        return clusters;
    }

    private List<ClusterRef> withMembers(List<ClusterRef> clusters) {
        if (clusters.isEmpty()) {
            return clusters;
        }
        Map<UUID, List<UUID>> members = new LinkedHashMap<>();
        clusters.forEach(c -> members.put(c.id(), new ArrayList<>()));
        jdbc.sql("select cluster_id, community_id from community_cluster_member where cluster_id in (:ids)")
                .param("ids", members.keySet())
                .query((rs, n) -> members.get(rs.getObject(1, UUID.class)).add(rs.getObject(2, UUID.class)))
                .list();
        return clusters.stream()
                .map(c -> new ClusterRef(c.id(), c.name(), c.unitId(), c.unitPath(), List.copyOf(members.get(c.id()))))
                .toList();
    }
}

package org.harambee.communities.clusters;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.system.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cluster tables. A community belongs to at most one cluster (a unique key says so too). */
@Repository
class ClusterRecords {

    private static final String COLUMNS =
            "id, name, lead_partner_id, unit_id, unit_path, unit_chosen, created_by, created_at, updated_at";

    record Row(
            UUID id,
            String name,
            UUID leadPartnerId,
            UUID unitId,
            String unitPath,
            boolean unitChosen,
            String createdBy,
            Instant createdAt,
            Instant updatedAt) {}

    /** A member community's id and current unit path. */
    record Member(UUID communityId, String unitPath) {}

    private final JdbcClient jdbc;

    ClusterRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from community_cluster where id = ?")
                .param(id)
                .query(ClusterRecords::row)
                .optional();
    }

    Optional<Row> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from community_cluster where id = ? for update")
                .param(id)
                .query(ClusterRecords::row)
                .optional();
    }

    List<Row> list(Scope scope, String areaPath, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, areaPath, params);
        return jdbc.sql("select " + COLUMNS + " from community_cluster where " + where
                        + " order by search_name limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ClusterRecords::row)
                .list();
    }

    long count(Scope scope, String areaPath) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from community_cluster where " + where(scope, areaPath, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    boolean nameTaken(String name, UUID except) {
        return jdbc.sql("select count(*) from community_cluster where search_name = ? and id <> ?")
                        .params(searchName(name), except == null ? new UUID(0, 0) : except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The cluster each of these communities belongs to, if any. */
    Map<UUID, Row> clustersOf(List<UUID> communityIds) {
        Map<UUID, Row> clusters = new HashMap<>();
        if (communityIds.isEmpty()) {
            return clusters;
        }
        jdbc.sql("select m.community_id, c.id, c.name, c.lead_partner_id, c.unit_id, c.unit_path, c.unit_chosen,"
                        + " c.created_by, c.created_at, c.updated_at from community_cluster_member m"
                        + " join community_cluster c on c.id = m.cluster_id where m.community_id in (:ids)")
                .param("ids", communityIds)
                .query(rs -> {
                    clusters.put(rs.getObject("community_id", UUID.class), row(rs, 0));
                });
        return clusters;
    }

    List<Member> members(UUID clusterId) {
        return jdbc.sql("select c.id, c.unit_path from community_cluster_member m join community c"
                        + " on c.id = m.community_id where m.cluster_id = ? order by c.search_name")
                .param(clusterId)
                .query((rs, i) -> new Member(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    void insert(Row row) {
        jdbc.sql("insert into community_cluster (id, name, search_name, lead_partner_id, unit_id, unit_path,"
                        + " unit_chosen, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        row.id(),
                        row.name(),
                        searchName(row.name()),
                        row.leadPartnerId(),
                        row.unitId(),
                        row.unitPath(),
                        row.unitChosen(),
                        row.createdBy(),
                        Timestamp.from(row.createdAt()),
                        Timestamp.from(row.updatedAt()))
                .update();
    }

    void update(Row row) {
        jdbc.sql("update community_cluster set name = ?, search_name = ?, lead_partner_id = ?, unit_id = ?,"
                        + " unit_path = ?, unit_chosen = ?, updated_at = ? where id = ?")
                .params(
                        row.name(),
                        searchName(row.name()),
                        row.leadPartnerId(),
                        row.unitId(),
                        row.unitPath(),
                        row.unitChosen(),
                        Timestamp.from(row.updatedAt()),
                        row.id())
                .update();
    }

    void place(UUID id, UUID unitId, String unitPath) {
        jdbc.sql("update community_cluster set unit_id = ?, unit_path = ? where id = ?")
                .params(unitId, unitPath, id)
                .update();
    }

    /** Who joined and who left, as {@link #replaceMembers} found it. */
    record MemberChange(List<UUID> joined, List<UUID> left) {

        boolean none() {
            return joined.isEmpty() && left.isEmpty();
        }
    }

    /** Makes these communities the members from {@code on}, keeping who belonged when; answers who joined and left. */
    MemberChange replaceMembers(UUID clusterId, List<UUID> communityIds, LocalDate on) {
        List<UUID> current = jdbc.sql("select community_id from community_cluster_member where cluster_id = ?")
                .param(clusterId)
                .query(UUID.class)
                .list();
        List<UUID> left =
                current.stream().filter(c -> !communityIds.contains(c)).sorted().toList();
        List<UUID> joined = communityIds.stream()
                .distinct()
                .filter(c -> !current.contains(c))
                .sorted()
                .toList();
        for (UUID community : left) {
            jdbc.sql("delete from community_cluster_member where cluster_id = ? and community_id = ?")
                    .params(clusterId, community)
                    .update();
            jdbc.sql("update community_cluster_membership set left_on = ? where cluster_id = ? and community_id = ?"
                            + " and left_on is null")
                    .params(Date.valueOf(on), clusterId, community)
                    .update();
        }
        for (UUID community : joined) {
            jdbc.sql("insert into community_cluster_member (cluster_id, community_id) values (?, ?)")
                    .params(clusterId, community)
                    .update();
            jdbc.sql("insert into community_cluster_membership (id, cluster_id, community_id, joined_on)"
                            + " values (?, ?, ?, ?)")
                    .params(Ids.newId(), clusterId, community, Date.valueOf(on))
                    .update();
        }
        return new MemberChange(joined, left);
    }

    /** Clusters placed under {@code path}, or with a member whose community lies under it. */
    List<Row> touching(String path) {
        Map<String, Object> params = new HashMap<>();
        String own = UnitPaths.range("c.unit_path", "own", path, params);
        String member = UnitPaths.range("m.unit_path", "member", path, params);
        return jdbc.sql("select distinct c.id, c.name, c.lead_partner_id, c.unit_id, c.unit_path, c.unit_chosen,"
                        + " c.created_by, c.created_at, c.updated_at from community_cluster c"
                        + " left join community_cluster_member cm on cm.cluster_id = c.id"
                        + " left join community m on m.id = cm.community_id where " + own + " or " + member)
                .params(params)
                .query(ClusterRecords::row)
                .list();
    }

    private static String where(Scope scope, String areaPath, Map<String, Object> params) {
        String where = UnitPaths.within(scope, "unit_path", "scope", params);
        return areaPath == null ? where : where + " and " + UnitPaths.range("unit_path", "area", areaPath, params);
    }

    private static String searchName(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getObject("lead_partner_id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_path"),
                rs.getBoolean("unit_chosen"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}

package org.harambee.referrals.servicepoints;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.UnitPaths;
import org.harambee.referrals.ServiceCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The routes of the referral pathway: for a category and a unit's subtree, the service point that receives. */
@Repository
class PathwayRoutes {

    private static final String COLUMNS = "id, category, unit_id, unit_path, service_point_id, created_by, created_at";

    record Route(
            UUID id,
            ServiceCategory category,
            UUID unitId,
            String unitPath,
            UUID servicePointId,
            String createdBy,
            Instant createdAt) {}

    private final JdbcClient jdbc;

    PathwayRoutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Route> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from referral_pathway_route where id = ?")
                .param(id)
                .query(Route.class)
                .optional();
    }

    /** The route of {@code category} set at the unit itself, if any, locked until the transaction ends. */
    Optional<Route> lock(ServiceCategory category, UUID unitId) {
        return jdbc.sql("select " + COLUMNS + " from referral_pathway_route where category = ? and unit_id = ?"
                        + " for update")
                .params(category.name(), unitId)
                .query(Route.class)
                .optional();
    }

    /** The routes set at the unit at {@code path} and below it, from the top down. */
    List<Route> within(String path) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select " + COLUMNS + " from referral_pathway_route where "
                        + UnitPaths.range("unit_path", "area", path, params) + " order by length(unit_path), unit_path,"
                        + " category")
                .params(params)
                .query(Route.class)
                .list();
    }

    /** The routes that name a service point. */
    List<Route> naming(UUID servicePointId) {
        return jdbc.sql("select " + COLUMNS + " from referral_pathway_route where service_point_id = ?"
                        + " order by unit_path, category")
                .param(servicePointId)
                .query(Route.class)
                .list();
    }

    void insert(UUID id, ServiceCategory category, UUID unitId, String unitPath, UUID servicePointId, String user) {
        jdbc.sql("insert into referral_pathway_route (id, category, unit_id, unit_path, service_point_id,"
                        + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, category.name(), unitId, unitPath, servicePointId, user, Timestamp.from(Instant.now()))
                .update();
    }

    void replace(UUID id, UUID servicePointId, String user) {
        jdbc.sql("update referral_pathway_route set service_point_id = ?, created_by = ?, created_at = ? where id = ?")
                .params(servicePointId, user, Timestamp.from(Instant.now()), id)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from referral_pathway_route where id = ?").param(id).update();
    }
}

package org.harambee.referrals;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.UnitPaths;
import org.harambee.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referrals module's API for service points: look them up, route a referral by the pathway, find where an overdue
 * referral escalates, and who works a service point's queue. No scope check here: callers check the returned unit
 * paths against the user's scope.
 */
@Service
@Transactional(readOnly = true)
public class ServicePoints {

    private static final String COLUMNS = "p.id, p.name, p.category, p.unit_id, p.unit_path, p.on_platform, p.active";

    private final JdbcClient jdbc;

    ServicePoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ServicePointRef> find(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from referral_service_point p where p.id = ?")
                .param(id)
                .query(ServicePointRef.class)
                .optional();
    }

    /** The service point, or 404. */
    public ServicePointRef get(UUID id) {
        return find(id).orElseThrow(NotFoundException.of("problem.servicePointNotFound"));
    }

    /** The service points with these ids that exist, by name. */
    public List<ServicePointRef> refs(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS
                        + " from referral_service_point p where p.id in (:ids) order by p.search_name")
                .param("ids", ids)
                .query(ServicePointRef.class)
                .list();
    }

    /**
     * The active service point that the pathway names for {@code category} and a community at {@code unitPath}: the
     * route set at the deepest unit on that path.
     */
    public Optional<ServicePointRef> route(ServiceCategory category, String unitPath) {
        List<String> prefixes = UnitPaths.prefixes(unitPath);
        if (prefixes.isEmpty()) {
            return Optional.empty();
        }
        return jdbc
                .sql("select " + COLUMNS + " from referral_pathway_route r"
                        + " join referral_service_point p on p.id = r.service_point_id"
                        + " where r.category = :category and r.unit_path in (:prefixes) and p.active = true"
                        + " order by length(r.unit_path) desc")
                .param("category", category.name())
                .param("prefixes", prefixes)
                .query(ServicePointRef.class)
                .list()
                .stream()
                .findFirst();
    }

    /**
     * Active service points that serve a community at {@code unitPath}: those whose area (or own unit) holds it, of
     * {@code category} when given; for choosing a service point by hand when the pathway names none.
     */
    public List<ServicePointRef> serving(String unitPath, ServiceCategory category) {
        List<String> prefixes = UnitPaths.prefixes(unitPath);
        if (prefixes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from referral_service_point p where p.active = true"
                        + (category == null ? "" : " and p.category = :category")
                        + " and (p.unit_path in (:prefixes) or exists (select 1 from referral_service_point_area a"
                        + " where a.service_point_id = p.id and a.unit_path in (:prefixes)))"
                        + " order by p.search_name")
                .param("category", category == null ? "" : category.name())
                .param("prefixes", prefixes)
                .query(ServicePointRef.class)
                .list();
    }

    /**
     * Where an overdue referral at this service point escalates: the nearest active service point of the same category
     * placed at a unit above it (district to province, province to nation).
     */
    public Optional<ServicePointRef> escalationTarget(UUID servicePointId) {
        ServicePointRef from = get(servicePointId);
        List<String> above = UnitPaths.prefixes(from.unitPath());
        above.remove(from.unitPath());
        if (above.isEmpty()) {
            return Optional.empty();
        }
        return jdbc
                .sql("select " + COLUMNS + " from referral_service_point p where p.active = true"
                        + " and p.category = :category and p.unit_path in (:above) order by length(p.unit_path) desc,"
                        + " p.search_name")
                .param("category", from.category().name())
                .param("above", above)
                .query(ServicePointRef.class)
                .list()
                .stream()
                .findFirst();
    }

    /**
     * The service points that receive referrals from communities in or above the area at {@code areaPath}: every
     * service point a pathway route there names, by name.
     */
    public List<ServicePointRef> inPathwayOf(String areaPath) {
        List<String> prefixes = UnitPaths.prefixes(areaPath);
        Map<String, Object> params = new HashMap<>();
        params.put("prefixes", prefixes.isEmpty() ? List.of("") : prefixes);
        return jdbc.sql("select distinct " + COLUMNS + ", p.search_name from referral_pathway_route r"
                        + " join referral_service_point p on p.id = r.service_point_id"
                        + " where p.active = true and (r.unit_path in (:prefixes) or "
                        + UnitPaths.range("r.unit_path", "area", areaPath, params) + ") order by p.search_name")
                .params(params)
                .query(ServicePointRef.class)
                .list();
    }

    /**
     * The service points named by routes set at the area at {@code areaPath} or inside it (not those inherited from
     * routes set above it), by name.
     */
    public List<ServicePointRef> routedWithin(String areaPath) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select distinct " + COLUMNS + ", p.search_name from referral_pathway_route r"
                        + " join referral_service_point p on p.id = r.service_point_id"
                        + " where p.active = true and " + UnitPaths.range("r.unit_path", "area", areaPath, params)
                        + " order by p.search_name")
                .params(params)
                .query(ServicePointRef.class)
                .list();
    }

    /** Those of these service points that have a named focal person with a training recorded (off the platform). */
    public java.util.Set<UUID> withTrainedFocalPerson(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select service_point_id from referral_service_point_focal_person"
                        + " where service_point_id in (:ids)")
                .param("ids", ids)
                .query(UUID.class)
                .list());
    }

    /** The usernames of the officers who work this service point's queue. */
    public List<String> officers(UUID servicePointId) {
        return jdbc.sql(
                        "select username from referral_service_point_officer where service_point_id = ? order by username")
                .param(servicePointId)
                .query(String.class)
                .list();
    }

    /** The service points whose queue {@code username} works. */
    public List<ServicePointRef> workedBy(String username) {
        if (username == null) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from referral_service_point p join referral_service_point_officer o"
                        + " on o.service_point_id = p.id where o.username = ? order by p.search_name")
                .param(username.toLowerCase(Locale.ROOT))
                .query(ServicePointRef.class)
                .list();
    }
}

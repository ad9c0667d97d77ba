package org.harambee.referrals.servicepoints;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.referrals.ServiceCategory;
import org.harambee.referrals.persistence.RecordParams;
import org.harambee.system.SearchTerms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service point table with its areas and officers. Subtrees and scopes are ranges on {@code unit_path}. */
@Repository
class ServicePointRecords {

    private static final String COLUMNS = "p.id, p.name, p.category, p.unit_id, p.unit_path, p.phone, p.email,"
            + " p.address, p.opening_hours, p.languages, p.on_platform, p.active, p.created_by, p.created_at,"
            + " p.updated_at";

    record Row(
            UUID id,
            String name,
            ServiceCategory category,
            UUID unitId,
            String unitPath,
            String phone,
            String email,
            String address,
            String openingHours,
            String languages,
            boolean onPlatform,
            boolean active,
            String createdBy,
            Instant createdAt,
            Instant updatedAt) {}

    /** A unit of a service point's area. */
    record Area(UUID unitId, String unitPath) {}

    /** What is written of a service point, besides whether it is active. */
    record Details(
            String name,
            ServiceCategory category,
            UUID unitId,
            String unitPath,
            List<Area> areas,
            String phone,
            String email,
            String address,
            String openingHours,
            String languages,
            boolean onPlatform) {}

    private final JdbcClient jdbc;

    ServicePointRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from referral_service_point p where p.id = ?")
                .param(id)
                .query(Row.class)
                .optional();
    }

    /** The service point, its row locked until the transaction ends, so that changes to it are made one at a time. */
    Optional<Row> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from referral_service_point p where p.id = ? for update")
                .param(id)
                .query(Row.class)
                .optional();
    }

    List<Area> areas(UUID id) {
        return jdbc.sql("select unit_id, unit_path from referral_service_point_area where service_point_id = ?"
                        + " order by unit_path")
                .param(id)
                .query(Area.class)
                .list();
    }

    List<Row> list(ServicePointFilter filter, Scope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select " + COLUMNS + " from referral_service_point p where " + filter.where(scope, params)
                        + " order by p.search_name, p.id limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Row.class)
                .list();
    }

    long count(ServicePointFilter filter, Scope scope) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from referral_service_point p where " + filter.where(scope, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /** The service point of this name (as {@link #searchName} folds it) at the unit: an import's natural key. */
    Optional<Row> at(UUID unitId, String name) {
        return jdbc.sql("select " + COLUMNS
                        + " from referral_service_point p where p.unit_id = ? and p.search_name = ?")
                .params(unitId, searchName(name))
                .query(Row.class)
                .optional();
    }

    /** The service points of these names (as {@link #searchName} folds them), wherever they are; 500 names a query. */
    List<Row> named(Collection<String> searchNames) {
        List<String> all = List.copyOf(searchNames);
        List<Row> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            rows.addAll(jdbc.sql("select " + COLUMNS + " from referral_service_point p where p.search_name in (:names)"
                            + " order by p.unit_path, p.id")
                    .param("names", all.subList(from, Math.min(all.size(), from + 500)))
                    .query(Row.class)
                    .list());
        }
        return rows;
    }

    boolean nameTaken(UUID unitId, String name, UUID except) {
        return jdbc.sql("select count(*) from referral_service_point where unit_id = ? and search_name = ? and id <> ?")
                        .params(unitId, searchName(name), except == null ? new UUID(0, 0) : except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(UUID id, Details d, String user, Instant now) {
        jdbc.sql("insert into referral_service_point (id, name, search_name, category, unit_id, unit_path, phone,"
                        + " email, address, opening_hours, languages, on_platform, active, created_by, created_at,"
                        + " updated_at) values (:id, :name, :searchName, :category, :unitId, :unitPath, :phone, :email,"
                        + " :address, :openingHours, :languages, :onPlatform, true, :user, :now, :now)")
                .paramSource(params(id, d, now).and("user", user))
                .update();
        replaceAreas(id, d.areas());
        searchWords(id, d.name());
    }

    void update(UUID id, Details d, Instant now) {
        jdbc.sql("update referral_service_point set name = :name, search_name = :searchName, category = :category,"
                        + " unit_id = :unitId, unit_path = :unitPath, phone = :phone, email = :email,"
                        + " address = :address, opening_hours = :openingHours, languages = :languages,"
                        + " on_platform = :onPlatform, updated_at = :now where id = :id")
                .paramSource(params(id, d, now))
                .update();
        replaceAreas(id, d.areas());
        searchWords(id, d.name());
    }

    private static RecordParams params(UUID id, Details d, Instant now) {
        return RecordParams.of(d)
                .and("id", id)
                .and("searchName", searchName(d.name()))
                .and("now", now);
    }

    void setActive(UUID id, boolean active, Instant now) {
        jdbc.sql("update referral_service_point set active = ?, updated_at = ? where id = ?")
                .params(active, Timestamp.from(now), id)
                .update();
    }

    static String searchName(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private void replaceAreas(UUID id, List<Area> areas) {
        jdbc.sql("delete from referral_service_point_area where service_point_id = ?")
                .param(id)
                .update();
        for (Area area : areas) {
            jdbc.sql("insert into referral_service_point_area (service_point_id, unit_id, unit_path) values (?, ?, ?)")
                    .params(id, area.unitId(), area.unitPath())
                    .update();
        }
    }

    /** The folded words of the name, for the search box ({@link SearchTerms#words}). */
    private void searchWords(UUID id, String... names) {
        jdbc.sql("update referral_service_point set search_words = ? where id = ?")
                .params(SearchTerms.words(names), id)
                .update();
    }
}

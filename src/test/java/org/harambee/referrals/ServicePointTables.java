package org.harambee.referrals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fixtures of service points and pathways for tests that share a database: empties their tables, and writes synthetic
 * service points (serving their own unit) and routes straight to them.
 */
public final class ServicePointTables {

    private ServicePointTables() {}

    public static void clear(JdbcClient jdbc) {
        jdbc.sql("delete from referral_pathway_route").update();
        jdbc.sql("delete from referral_service_point_officer").update();
        jdbc.sql("delete from referral_service_point_area").update();
        jdbc.sql("delete from referral_service_point").update();
    }

    /** An active service point at the unit with this P-code, serving that unit. */
    public static UUID servicePoint(JdbcClient jdbc, String name, ServiceCategory category, String pcode) {
        return servicePoint(jdbc, name, category, pcode, true);
    }

    public static UUID servicePoint(
            JdbcClient jdbc, String name, ServiceCategory category, String pcode, boolean onPlatform) {
        Unit unit = unit(jdbc, pcode);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into referral_service_point (id, name, search_name, category, unit_id, unit_path, phone,"
                        + " on_platform, active, created_by, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, '+000 555 0100', ?, true, 'test', ?, ?)")
                .params(
                        id,
                        name,
                        name.toLowerCase(Locale.ROOT),
                        category.name(),
                        unit.id(),
                        unit.path(),
                        onPlatform,
                        now,
                        now)
                .update();
        jdbc.sql("insert into referral_service_point_area (service_point_id, unit_id, unit_path) values (?, ?, ?)")
                .params(id, unit.id(), unit.path())
                .update();
        return id;
    }

    /** The route of {@code category} at the unit with this P-code, to a service point. */
    public static UUID route(JdbcClient jdbc, ServiceCategory category, String pcode, UUID servicePoint) {
        Unit unit = unit(jdbc, pcode);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into referral_pathway_route (id, category, unit_id, unit_path, service_point_id, created_by,"
                        + " created_at) values (?, ?, ?, ?, ?, 'test', ?)")
                .params(id, category.name(), unit.id(), unit.path(), servicePoint, Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    private record Unit(UUID id, String path) {}

    private static Unit unit(JdbcClient jdbc, String pcode) {
        return jdbc.sql("select id, path from geo_unit where pcode = ?")
                .param(pcode)
                .query((rs, i) -> new Unit(rs.getObject(1, UUID.class), rs.getString(2)))
                .single();
    }
}

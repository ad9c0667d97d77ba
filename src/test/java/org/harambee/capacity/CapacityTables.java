package org.harambee.capacity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fixtures of the capacity module for tests that share a database: empties its tables (the seeded competencies and
 * default criteria stay), and writes trainings, facilitators and, for readiness, the referral pathway's service points
 * with their officers straight in the tables (the referrals module's pages are not what these tests are about).
 */
public final class CapacityTables {

    /** Service points made here are named with this prefix, so that they can be removed again. */
    public static final String SERVICE_POINT_PREFIX = "Synthetic capacity office ";

    private CapacityTables() {}

    public static void clear(JdbcClient jdbc) {
        jdbc.sql("delete from capacity_participant").update();
        jdbc.sql("delete from capacity_training_competency").update();
        jdbc.sql("delete from capacity_training").update();
        jdbc.sql("delete from capacity_assignment").update();
        jdbc.sql("delete from capacity_facilitator").update();
        jdbc.sql("delete from capacity_government_support").update();
        jdbc.sql("delete from capacity_readiness_criterion where unit_id is not null")
                .update();
        jdbc.sql("update capacity_readiness_criterion set required = 1, active = true")
                .update();
        jdbc.sql("delete from capacity_competency where code not in ('FACILITATION', 'CHILD_SAFEGUARDING',"
                        + " 'REFERRAL_CASE_MANAGEMENT', 'DATA_PROTECTION')")
                .update();
        jdbc.sql("update capacity_competency set active = true").update();
        String like = SERVICE_POINT_PREFIX + "%";
        String ids = "(select id from referral_service_point where name like ?)";
        jdbc.sql("delete from referral_service_point_officer where service_point_id in " + ids)
                .param(like)
                .update();
        jdbc.sql("delete from referral_pathway_route where service_point_id in " + ids)
                .param(like)
                .update();
        jdbc.sql("delete from referral_service_point where name like ?")
                .param(like)
                .update();
    }

    /**
     * A social welfare office at the unit with this P-code, which the pathway names for that unit's subtree, worked by
     * these officers (usernames).
     */
    public static UUID servicePoint(JdbcClient jdbc, String name, String pcode, String... officers) {
        Unit unit = unit(jdbc, pcode);
        UUID id = UUID.randomUUID();
        String full = SERVICE_POINT_PREFIX + name;
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into referral_service_point (id, name, search_name, category, unit_id, unit_path,"
                        + " on_platform, active, created_by, created_at, updated_at)"
                        + " values (?, ?, ?, 'SOCIAL_WELFARE', ?, ?, true, true, 'test', ?, ?)")
                .params(id, full, full.toLowerCase(Locale.ROOT), unit.id(), unit.path(), now, now)
                .update();
        jdbc.sql("insert into referral_pathway_route (id, category, unit_id, unit_path, service_point_id, created_by,"
                        + " created_at) values (?, 'SOCIAL_WELFARE', ?, ?, ?, 'test', ?)")
                .params(UUID.randomUUID(), unit.id(), unit.path(), id, now)
                .update();
        for (String officer : officers) {
            jdbc.sql("insert into referral_service_point_officer (service_point_id, username) values (?, ?)")
                    .params(id, officer)
                    .update();
        }
        return id;
    }

    /** A training held yesterday at the unit with this P-code, covering facilitation, without an assessment. */
    public static UUID training(JdbcClient jdbc, String pcode) {
        Unit unit = unit(jdbc, pcode);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate yesterday = LocalDate.now().minusDays(1);
        jdbc.sql("insert into capacity_training (id, title, starts_on, ends_on, unit_id, unit_path, status, assessed,"
                        + " pass_mark, created_by, created_at, updated_at)"
                        + " values (?, 'Facilitation basics', ?, ?, ?, ?, 'HELD', false, 60, 'test', ?, ?)")
                .params(id, yesterday, yesterday, unit.id(), unit.path(), now, now)
                .update();
        jdbc.sql("insert into capacity_training_competency (training_id, competency_id)"
                        + " select ?, id from capacity_competency where code = 'FACILITATION'")
                .param(id)
                .update();
        return id;
    }

    /** A facilitator from outside the community, based at the unit with this P-code. */
    public static UUID facilitator(JdbcClient jdbc, String name, String pcode) {
        Unit unit = unit(jdbc, pcode);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into capacity_facilitator (id, name, search_name, sex, inside_community, unit_id, unit_path,"
                        + " active, created_by, created_at, updated_at) values (?, ?, ?, 'FEMALE', false, ?, ?, true,"
                        + " 'test', ?, ?)")
                .params(id, name, name.toLowerCase(Locale.ROOT), unit.id(), unit.path(), now, now)
                .update();
        return id;
    }

    /** A participant of the training who attended: a facilitator record, or an account when {@code username}. */
    public static UUID attended(JdbcClient jdbc, UUID training, UUID facilitator, String username) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into capacity_participant (id, training_id, username, name, sex, facilitator_id, attended,"
                        + " created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, true, 'test', ?, ?)")
                .params(
                        id,
                        training,
                        username,
                        username == null ? "Synthetic participant" : null,
                        username == null ? "FEMALE" : null,
                        facilitator,
                        now,
                        now)
                .update();
        return id;
    }

    /** The facilitator works with the community since the first of January. */
    public static UUID assign(JdbcClient jdbc, UUID facilitator, UUID community) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into capacity_assignment (id, facilitator_id, community_id, unit_id, unit_path, starts_on,"
                        + " created_by, created_at) select ?, ?, id, unit_id, unit_path, ?, 'test', ? from community"
                        + " where id = ?")
                .params(id, facilitator, LocalDate.of(2026, 1, 1), Timestamp.from(Instant.now()), community)
                .update();
        return id;
    }

    /** A letter of support from the organisation for the area at the unit with this P-code. */
    public static void governmentSupport(JdbcClient jdbc, String pcode, UUID organisation) {
        Unit unit = unit(jdbc, pcode);
        jdbc.sql(
                        "insert into capacity_government_support (id, unit_id, unit_path, recorded_on, organisation_id,"
                                + " description, created_by, created_at) values (?, ?, ?, ?, ?, 'Letter of support', 'test', ?)")
                .params(
                        UUID.randomUUID(),
                        unit.id(),
                        unit.path(),
                        LocalDate.of(2026, 2, 1),
                        organisation,
                        Timestamp.from(Instant.now()))
                .update();
    }

    /** A competency added after the defaults, which {@link #clear} removes again. */
    public static UUID competency(JdbcClient jdbc, String code) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into capacity_competency (id, code, position, active, name_en, name_fr, name_sw, created_at)"
                        + " values (?, ?, 99, true, ?, ?, ?, ?)")
                .params(id, code, code, code, code, Timestamp.from(Instant.now()))
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

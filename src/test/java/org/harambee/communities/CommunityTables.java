package org.harambee.communities;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fixtures of the communities module for tests that share a database: empties its tables, and registers synthetic
 * organisations and communities straight in the tables (organisations belong to the partners module, whose pages are
 * not what these tests are about).
 */
public final class CommunityTables {

    /** Organisations made here are named with this prefix, so that they can be removed again. */
    public static final String ORGANISATION_PREFIX = "Synthetic test partner ";

    private CommunityTables() {}

    public static void clear(JdbcClient jdbc) {
        jdbc.sql("delete from community_action").update();
        jdbc.sql("delete from community_action_plan").update();
        jdbc.sql("delete from community_harm_selection").update();
        jdbc.sql("delete from community_spread_link").update();
        jdbc.sql("delete from community_cluster_member").update();
        jdbc.sql("delete from community_cluster_membership").update();
        jdbc.sql("delete from community_cluster").update();
        jdbc.sql("delete from community_meeting").update();
        jdbc.sql("delete from community_phase").update();
        // a community's facilitators are assignments in the capacity register; the people stay, as in production
        jdbc.sql("delete from capacity_assignment where community_id in (select id from community)")
                .update();
        jdbc.sql("update community set source_community_id = null").update();
        jdbc.sql("delete from community").update();
        jdbc.sql("delete from partner_adoption where organisation_id in"
                        + " (select id from partner_organisation where name like ?)")
                .param(ORGANISATION_PREFIX + "%")
                .update();
        jdbc.sql("delete from partner_organisation where name like ?")
                .param(ORGANISATION_PREFIX + "%")
                .update();
    }

    /** An active organisation named {@link #ORGANISATION_PREFIX} + {@code name}. */
    public static UUID organisation(JdbcClient jdbc, String name, String kind) {
        UUID id = UUID.randomUUID();
        String full = ORGANISATION_PREFIX + name;
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into partner_organisation (id, name, search_name, kind, active, created_at, updated_at)"
                        + " values (?, ?, ?, ?, true, ?, ?)")
                .params(id, full, full.toLowerCase(Locale.ROOT), kind, now, now)
                .update();
        return id;
    }

    /** A community agency-initiated at the unit with this P-code, not started. */
    public static UUID community(JdbcClient jdbc, String name, String pcode) {
        return community(jdbc, name, pcode, null);
    }

    /** A community at the unit with this P-code; with a request status (REQUESTED...), it asked to start. */
    public static UUID community(JdbcClient jdbc, String name, String pcode, String requestStatus) {
        record Unit(UUID id, String path) {}
        Unit unit = jdbc.sql("select id, path from geo_unit where pcode = ?")
                .param(pcode)
                .query((rs, i) -> new Unit(rs.getObject(1, UUID.class), rs.getString(2)))
                .single();
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into community (id, name, search_name, unit_id, unit_path, origin, request_status,"
                        + " requested_on, created_by, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, current_date, 'test', ?, ?)")
                .params(
                        id,
                        name,
                        name.toLowerCase(Locale.ROOT) + " " + id,
                        unit.id(),
                        unit.path(),
                        requestStatus == null ? "AGENCY_INITIATED" : "SELF_INITIATED",
                        requestStatus,
                        now,
                        now)
                .update();
        return id;
    }

    /** A community meeting of yesterday with a few people present. */
    public static UUID meeting(JdbcClient jdbc, UUID community) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into community_meeting (id, community_id, meeting_type, held_on, girls, boys, women, men,"
                        + " facilitation, created_by, created_at)"
                        + " values (?, ?, 'COMMUNITY_MEETING', current_date - 1, 2, 3, 5, 4, 'COMMUNITY', 'test', ?)")
                .params(id, community, Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    /** A cluster of one community, led by {@code lead}, placed at the community's unit. */
    public static UUID cluster(JdbcClient jdbc, String name, UUID lead, UUID community) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql(
                        "insert into community_cluster (id, name, search_name, lead_partner_id, unit_id, unit_path, unit_chosen,"
                                + " created_by, created_at, updated_at) select ?, ?, ?, ?, unit_id, unit_path, false, 'test', ?, ?"
                                + " from community where id = ?")
                .params(id, name, name.toLowerCase(Locale.ROOT), lead, now, now, community)
                .update();
        jdbc.sql("insert into community_cluster_member (cluster_id, community_id) values (?, ?)")
                .params(id, community)
                .update();
        jdbc.sql("insert into community_cluster_membership (id, cluster_id, community_id) values (?, ?, ?)")
                .params(UUID.randomUUID(), id, community)
                .update();
        return id;
    }

    /** A harm the community selected yesterday, consulting girls and women. */
    public static UUID harmSelection(JdbcClient jdbc, UUID community, String harm) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into community_harm_selection (id, community_id, harm, selected_on, groups_consulted,"
                        + " created_by, created_at) values (?, ?, ?, current_date - 1, 'GIRLS,WOMEN', 'test', ?)")
                .params(id, community, harm, Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    /** An action plan of the community against child labour (selected too), with one planned action. */
    public static UUID actionPlan(JdbcClient jdbc, UUID community) {
        harmSelection(jdbc, community, "CHILD_LABOUR");
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into community_action_plan (id, community_id, title, harm, starts_on, created_by, created_at,"
                        + " updated_at) values (?, ?, 'Back to school', 'CHILD_LABOUR', current_date, 'test', ?, ?)")
                .params(id, community, now, now)
                .update();
        jdbc.sql("insert into community_action (id, plan_id, position, description, owner, status, created_by,"
                        + " created_at, updated_at) values (?, ?, 1, 'Talk to farm owners', 'Child protection committee',"
                        + " 'PLANNED', 'test', ?, ?)")
                .params(UUID.randomUUID(), id, now, now)
                .update();
        return id;
    }

    /** The first action of a plan. */
    public static UUID firstAction(JdbcClient jdbc, UUID plan) {
        return jdbc.sql("select id from community_action where plan_id = ? order by position")
                .param(plan)
                .query(UUID.class)
                .list()
                .get(0);
    }
}

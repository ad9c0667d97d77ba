package org.harambee.communities.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The harm selection, action plan and action tables. */
@Repository
class PlanRecords {

    record Selection(
            UUID id,
            UUID communityId,
            String harm,
            LocalDate selectedOn,
            List<String> groups,
            String note,
            String recordedBy) {}

    record Plan(
            UUID id,
            UUID communityId,
            String title,
            String harm,
            LocalDate startsOn,
            LocalDate endsOn,
            String createdBy) {}

    record Action(
            UUID id,
            UUID planId,
            int position,
            String description,
            String owner,
            String status,
            LocalDate dueOn,
            LocalDate doneOn) {}

    private final JdbcClient jdbc;

    PlanRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Selection s) {
        jdbc.sql("insert into community_harm_selection (id, community_id, harm, selected_on, groups_consulted, note,"
                        + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        s.id(),
                        s.communityId(),
                        s.harm(),
                        s.selectedOn(),
                        String.join(",", s.groups()),
                        s.note(),
                        s.recordedBy(),
                        Timestamp.from(Instant.now()))
                .update();
    }

    List<Selection> selections(UUID communityId) {
        return jdbc.sql("select id, community_id, harm, selected_on, groups_consulted, note, created_by"
                        + " from community_harm_selection where community_id = ? order by selected_on, created_at")
                .param(communityId)
                .query((rs, i) -> new Selection(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        Arrays.asList(rs.getString(5).split(",")),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    void insert(Plan p) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into community_action_plan (id, community_id, title, harm, starts_on, ends_on, created_by,"
                        + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.id(), p.communityId(), p.title(), p.harm(), p.startsOn(), p.endsOn(), p.createdBy(), now, now)
                .update();
    }

    Optional<Plan> plan(UUID id) {
        return jdbc.sql(
                        "select id, community_id, title, harm, starts_on, ends_on, created_by from community_action_plan"
                                + " where id = ?")
                .param(id)
                .query(PlanRecords::plan)
                .optional();
    }

    List<Plan> plans(UUID communityId) {
        return jdbc.sql(
                        "select id, community_id, title, harm, starts_on, ends_on, created_by from community_action_plan"
                                + " where community_id = ? order by starts_on, created_at")
                .param(communityId)
                .query(PlanRecords::plan)
                .list();
    }

    List<Action> actions(UUID planId) {
        return jdbc.sql("select id, plan_id, position, description, owner, status, due_on, done_on"
                        + " from community_action where plan_id = ? order by position")
                .param(planId)
                .query(PlanRecords::action)
                .list();
    }

    Optional<Action> action(UUID id) {
        return jdbc.sql("select id, plan_id, position, description, owner, status, due_on, done_on"
                        + " from community_action where id = ?")
                .param(id)
                .query(PlanRecords::action)
                .optional();
    }

    void insert(Action a, String user) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into community_action (id, plan_id, position, description, owner, status, due_on, done_on,"
                        + " created_by, created_at, updated_at)"
                        + " select ?, ?, coalesce(max(position), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?"
                        + " from community_action where plan_id = ?")
                .params(
                        a.id(),
                        a.planId(),
                        a.description(),
                        a.owner(),
                        a.status(),
                        a.dueOn(),
                        a.doneOn(),
                        user,
                        now,
                        now,
                        a.planId())
                .update();
    }

    void update(Action a) {
        jdbc.sql("update community_action set description = ?, owner = ?, status = ?, due_on = ?, done_on = ?,"
                        + " updated_at = ? where id = ?")
                .params(
                        a.description(),
                        a.owner(),
                        a.status(),
                        a.dueOn(),
                        a.doneOn(),
                        Timestamp.from(Instant.now()),
                        a.id())
                .update();
    }

    private static Plan plan(ResultSet rs, int i) throws SQLException {
        return new Plan(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class),
                rs.getString(7));
    }

    private static Action action(ResultSet rs, int i) throws SQLException {
        return new Action(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class));
    }
}

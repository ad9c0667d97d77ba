package org.harambee.capacity.facilitators;

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
import org.harambee.access.CurrentUser;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.capacity.model.FacilitatorAssignment;
import org.harambee.capacity.trainings.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facilitators, their assignments to communities, and the trainings they took part in. */
@Repository
class FacilitatorRecords {

    private static final String COLUMNS =
            "id, name, sex, inside_community, organisation_id, username, phone, unit_id, unit_path, active";

    record Row(
            UUID id,
            String name,
            String sex,
            boolean insideCommunity,
            UUID organisationId,
            String username,
            String phone,
            UUID unitId,
            String unitPath,
            boolean active) {}

    /** An assignment with the community's unit, where it is checked. */
    record PlacedAssignment(FacilitatorAssignment assignment, UUID unitId, String unitPath) {}

    /** A training the facilitator took part in, and whether they completed it. */
    record TrainingRow(UUID trainingId, String title, LocalDate endsOn, String status, boolean completed) {}

    private final JdbcClient jdbc;

    FacilitatorRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row r) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into capacity_facilitator (" + COLUMNS + ", search_name, created_by, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        r.id(),
                        r.name(),
                        r.sex(),
                        r.insideCommunity(),
                        r.organisationId(),
                        r.username(),
                        r.phone(),
                        r.unitId(),
                        r.unitPath(),
                        r.active(),
                        r.name().toLowerCase(Locale.ROOT),
                        CurrentUser.name(),
                        now,
                        now)
                .update();
    }

    void update(Row r) {
        jdbc.sql("update capacity_facilitator set name = ?, search_name = ?, sex = ?, inside_community = ?,"
                        + " organisation_id = ?, username = ?, phone = ?, unit_id = ?, unit_path = ?, active = ?,"
                        + " updated_at = ? where id = ?")
                .params(
                        r.name(),
                        r.name().toLowerCase(Locale.ROOT),
                        r.sex(),
                        r.insideCommunity(),
                        r.organisationId(),
                        r.username(),
                        r.phone(),
                        r.unitId(),
                        r.unitPath(),
                        r.active(),
                        Timestamp.from(Instant.now()),
                        r.id())
                .update();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from capacity_facilitator where id = ?")
                .param(id)
                .query(FacilitatorRecords::row)
                .optional();
    }

    /** Facilitators inside the scope (and the subtree at {@code areaPath} when given), by name. */
    List<Row> list(Scope scope, String areaPath, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = UnitPaths.within(scope, "unit_path", "within", params);
        if (areaPath != null) {
            where += " and " + UnitPaths.range("unit_path", "area", areaPath, params);
        }
        return jdbc.sql("select " + COLUMNS + " from capacity_facilitator where " + where
                        + " order by search_name, id limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(FacilitatorRecords::row)
                .list();
    }

    void insertAssignment(FacilitatorAssignment a, UUID unitId, String unitPath) {
        jdbc.sql("insert into capacity_assignment (id, facilitator_id, community_id, unit_id, unit_path, starts_on,"
                        + " ends_on, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        a.id(),
                        a.facilitatorId(),
                        a.communityId(),
                        unitId,
                        unitPath,
                        a.startsOn(),
                        a.endsOn(),
                        CurrentUser.name(),
                        Timestamp.from(Instant.now()))
                .update();
    }

    Optional<PlacedAssignment> assignment(UUID id) {
        return jdbc.sql("select id, facilitator_id, community_id, starts_on, ends_on, unit_id, unit_path"
                        + " from capacity_assignment where id = ?")
                .param(id)
                .query((rs, i) -> new PlacedAssignment(
                        new FacilitatorAssignment(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, UUID.class),
                                rs.getObject(3, UUID.class),
                                rs.getObject(4, LocalDate.class),
                                rs.getObject(5, LocalDate.class)),
                        rs.getObject(6, UUID.class),
                        rs.getString(7)))
                .optional();
    }

    /** Saves an assignment's last day. */
    void endAssignment(FacilitatorAssignment a) {
        jdbc.sql("update capacity_assignment set ends_on = ? where id = ?")
                .params(a.endsOn(), a.id())
                .update();
    }

    List<FacilitatorAssignment> assignments(UUID facilitator) {
        return jdbc.sql("select id, facilitator_id, community_id, starts_on, ends_on from capacity_assignment"
                        + " where facilitator_id = ? order by starts_on desc, created_at desc")
                .param(facilitator)
                .query((rs, i) -> new FacilitatorAssignment(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** The trainings the facilitator took part in, as a linked participant or through their account. */
    List<TrainingRow> trainings(UUID facilitator, String username) {
        return jdbc.sql("select distinct t.id, t.title, t.ends_on, t.status, case when " + Outcome.COMPLETED_SQL
                        + " then 1 else 0 end as completed from capacity_participant p"
                        + " join capacity_training t on t.id = p.training_id"
                        + " where p.facilitator_id = :id or (p.username is not null and p.username = :username)"
                        + " order by t.ends_on desc")
                .param("id", facilitator)
                .param("username", username == null ? "" : username)
                .query((rs, i) -> new TrainingRow(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getInt(5) == 1))
                .list();
    }

    /** The codes of the competencies covered by the trainings the facilitator completed. */
    List<String> trainedIn(UUID facilitator, String username) {
        return jdbc.sql("select distinct c.code from capacity_participant p"
                        + " join capacity_training t on t.id = p.training_id"
                        + " join capacity_training_competency tc on tc.training_id = t.id"
                        + " join capacity_competency c on c.id = tc.competency_id"
                        + " where (p.facilitator_id = :id or (p.username is not null and p.username = :username))"
                        + " and " + Outcome.COMPLETED_SQL + " order by c.code")
                .param("id", facilitator)
                .param("username", username == null ? "" : username)
                .query(String.class)
                .list();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("sex"),
                rs.getBoolean("inside_community"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("username"),
                rs.getString("phone"),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_path"),
                rs.getBoolean("active"));
    }
}

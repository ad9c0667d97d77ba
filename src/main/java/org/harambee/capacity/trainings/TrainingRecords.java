package org.harambee.capacity.trainings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.system.SearchTerms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The trainings, the competencies they cover and their participants. */
@Repository
class TrainingRecords {

    private static final String COLUMNS = "id, title, starts_on, ends_on, unit_id, unit_path, venue, trainer_org_id,"
            + " status, assessed, pass_mark, created_by, created_at";

    record Row(
            UUID id,
            String title,
            LocalDate startsOn,
            LocalDate endsOn,
            UUID unitId,
            String unitPath,
            String venue,
            UUID trainerOrgId,
            TrainingStatus status,
            boolean assessed,
            int passMark,
            String createdBy,
            Instant createdAt) {}

    private final JdbcClient jdbc;

    TrainingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row r, List<UUID> competencies) {
        Timestamp now = Timestamp.from(r.createdAt());
        jdbc.sql("insert into capacity_training (" + COLUMNS + ", updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        r.id(),
                        r.title(),
                        r.startsOn(),
                        r.endsOn(),
                        r.unitId(),
                        r.unitPath(),
                        r.venue(),
                        r.trainerOrgId(),
                        r.status().name(),
                        r.assessed(),
                        r.passMark(),
                        r.createdBy(),
                        now,
                        now)
                .update();
        competencies(r.id(), competencies);
        searchWords(r.id(), r.title());
    }

    void update(Row r, List<UUID> competencies) {
        jdbc.sql("update capacity_training set title = ?, starts_on = ?, ends_on = ?, unit_id = ?, unit_path = ?,"
                        + " venue = ?, trainer_org_id = ?, status = ?, assessed = ?, pass_mark = ?, updated_at = ?"
                        + " where id = ?")
                .params(
                        r.title(),
                        r.startsOn(),
                        r.endsOn(),
                        r.unitId(),
                        r.unitPath(),
                        r.venue(),
                        r.trainerOrgId(),
                        r.status().name(),
                        r.assessed(),
                        r.passMark(),
                        Timestamp.from(Instant.now()),
                        r.id())
                .update();
        jdbc.sql("delete from capacity_training_competency where training_id = ?")
                .param(r.id())
                .update();
        competencies(r.id(), competencies);
        searchWords(r.id(), r.title());
    }

    private void competencies(UUID training, List<UUID> competencies) {
        competencies.forEach(
                c -> jdbc.sql("insert into capacity_training_competency (training_id, competency_id) values (?, ?)")
                        .params(training, c)
                        .update());
    }

    /** The training, its row locked so that two writers of its participants take turns. */
    Optional<Row> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from capacity_training where id = ? for update")
                .param(id)
                .query(TrainingRecords::row)
                .optional();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from capacity_training where id = ?")
                .param(id)
                .query(TrainingRecords::row)
                .optional();
    }

    /** Trainings inside the scope (and the subtree at {@code areaPath} when given), newest first. */
    List<Row> list(Scope scope, String areaPath, TrainingStatus status, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = UnitPaths.within(scope, "unit_path", "within", params);
        if (areaPath != null) {
            where += " and " + UnitPaths.range("unit_path", "area", areaPath, params);
        }
        if (status != null) {
            where += " and status = :status";
            params.put("status", status.name());
        }
        return jdbc.sql("select " + COLUMNS + " from capacity_training where " + where
                        + " order by starts_on desc, created_at desc limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(TrainingRecords::row)
                .list();
    }

    List<String> competencyCodes(UUID training) {
        return jdbc.sql("select c.code from capacity_training_competency tc join capacity_competency c"
                        + " on c.id = tc.competency_id where tc.training_id = ? order by c.position, c.code")
                .param(training)
                .query(String.class)
                .list();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_path"),
                rs.getString("venue"),
                rs.getObject("trainer_org_id", UUID.class),
                TrainingStatus.valueOf(rs.getString("status")),
                rs.getBoolean("assessed"),
                rs.getInt("pass_mark"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    /** The folded words of the name, for the search box ({@link SearchTerms#words}). */
    private void searchWords(UUID id, String... names) {
        jdbc.sql("update capacity_training set search_words = ? where id = ?")
                .params(SearchTerms.words(names), id)
                .update();
    }
}

package org.harambee.capacity.trainings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The participants of trainings, with their attendance and scores. */
@Repository
class ParticipantRecords {

    record Row(
            UUID id,
            UUID trainingId,
            String username,
            String name,
            String sex,
            String organisation,
            String roleTitle,
            UUID facilitatorId,
            Boolean attended,
            Integer daysAttended,
            Integer score) {}

    private final JdbcClient jdbc;

    ParticipantRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row p, String createdBy) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql(
                        "insert into capacity_participant (id, training_id, username, name, sex, organisation, role_title,"
                                + " facilitator_id, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        p.id(),
                        p.trainingId(),
                        p.username(),
                        p.name(),
                        p.sex(),
                        p.organisation(),
                        p.roleTitle(),
                        p.facilitatorId(),
                        createdBy,
                        now,
                        now)
                .update();
    }

    void updateResult(UUID participant, Boolean attended, Integer days, Integer score) {
        jdbc.sql("update capacity_participant set attended = ?, days_attended = ?, score = ?, updated_at = ?"
                        + " where id = ?")
                .params(attended, days, score, Timestamp.from(Instant.now()), participant)
                .update();
    }

    List<Row> of(UUID training) {
        return jdbc.sql("select id, training_id, username, name, sex, organisation, role_title, facilitator_id,"
                        + " attended, days_attended, score from capacity_participant where training_id = ?"
                        + " order by created_at, id")
                .param(training)
                .query((rs, i) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getObject(8, UUID.class),
                        (Boolean) rs.getObject(9),
                        (Integer) rs.getObject(10),
                        (Integer) rs.getObject(11)))
                .list();
    }
}

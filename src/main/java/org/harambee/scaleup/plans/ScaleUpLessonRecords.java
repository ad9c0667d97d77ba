package org.harambee.scaleup.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lessons learned of plan phases. */
@Repository
class ScaleUpLessonRecords {

    record LessonRow(
            UUID id,
            UUID phaseId,
            String text,
            String recordedBy,
            Instant recordedAt,
            String reviewedBy,
            Instant reviewedAt) {}

    private final JdbcClient jdbc;

    ScaleUpLessonRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, List<LessonRow>> lessons(List<UUID> phaseIds) {
        Map<UUID, List<LessonRow>> lessons = new LinkedHashMap<>();
        phaseIds.forEach(id -> lessons.put(id, new ArrayList<>()));
        if (!phaseIds.isEmpty()) {
            jdbc.sql("select id, phase_id, text, recorded_by, recorded_at, reviewed_by, reviewed_at from scaleup_lesson"
                            + " where phase_id in (:ids) order by recorded_at, id")
                    .param("ids", phaseIds)
                    .query(rs -> {
                        LessonRow row = lesson(rs, 0);
                        lessons.get(row.phaseId()).add(row);
                    });
        }
        return lessons;
    }

    Optional<LessonRow> lesson(UUID id) {
        return jdbc.sql(
                        "select id, phase_id, text, recorded_by, recorded_at, reviewed_by, reviewed_at from scaleup_lesson"
                                + " where id = ?")
                .param(id)
                .query(ScaleUpLessonRecords::lesson)
                .optional();
    }

    void insertLesson(LessonRow row) {
        jdbc.sql("insert into scaleup_lesson (id, phase_id, text, recorded_by, recorded_at) values (?, ?, ?, ?, ?)")
                .params(row.id(), row.phaseId(), row.text(), row.recordedBy(), Timestamp.from(row.recordedAt()))
                .update();
    }

    void review(UUID lessonId, String by, Instant at) {
        jdbc.sql("update scaleup_lesson set reviewed_by = ?, reviewed_at = ? where id = ?")
                .params(by, Timestamp.from(at), lessonId)
                .update();
    }

    private static LessonRow lesson(ResultSet rs, int i) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new LessonRow(
                rs.getObject("id", UUID.class),
                rs.getObject("phase_id", UUID.class),
                rs.getString("text"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("reviewed_by"),
                reviewed == null ? null : reviewed.toInstant());
    }
}

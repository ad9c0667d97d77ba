package org.harambee.communities.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The meetings table. */
@Repository
class MeetingRecords {

    private static final String COLUMNS = "id, community_id, meeting_type, held_on, girls, boys, women, men,"
            + " facilitation, decisions, created_by, created_at";

    /** A meeting as stored; {@code facilitation} is COMMUNITY or EXTERNAL. */
    record Row(
            UUID id,
            UUID communityId,
            String type,
            LocalDate heldOn,
            int girls,
            int boys,
            int women,
            int men,
            String facilitation,
            String decisions,
            String recordedBy,
            Instant recordedAt) {}

    private final JdbcClient jdbc;

    MeetingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row) {
        jdbc.sql("insert into community_meeting (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        row.id(),
                        row.communityId(),
                        row.type(),
                        row.heldOn(),
                        row.girls(),
                        row.boys(),
                        row.women(),
                        row.men(),
                        row.facilitation(),
                        row.decisions(),
                        row.recordedBy(),
                        Timestamp.from(row.recordedAt()))
                .update();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from community_meeting where id = ?")
                .param(id)
                .query(MeetingRecords::row)
                .optional();
    }

    /** A community's meetings, newest first. */
    List<Row> of(UUID communityId) {
        return jdbc.sql("select " + COLUMNS + " from community_meeting where community_id = ?"
                        + " order by held_on desc, created_at desc")
                .param(communityId)
                .query(MeetingRecords::row)
                .list();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("community_id", UUID.class),
                rs.getString("meeting_type"),
                rs.getObject("held_on", LocalDate.class),
                rs.getInt("girls"),
                rs.getInt("boys"),
                rs.getInt("women"),
                rs.getInt("men"),
                rs.getString("facilitation"),
                rs.getString("decisions"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}

package org.harambee.partners.forums;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.partners.internal.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The forum tables: forums, their meetings and the communities represented in them. */
@Repository
class ForumRecords {

    private static final String COLUMNS = "f.id, f.name, f.unit_id, f.unit_path, f.convener_id,"
            + " (select count(*) from partner_forum_meeting m where m.forum_id = f.id) as meeting_count,"
            + " (select max(m.held_on) from partner_forum_meeting m where m.forum_id = f.id) as last_met";

    record Row(
            UUID id,
            String name,
            UUID unitId,
            String unitPath,
            UUID convenerId,
            long meetingCount,
            LocalDate lastMet) {}

    record Meeting(UUID id, LocalDate heldOn, int attendance, String notes) {}

    private final JdbcClient jdbc;

    ForumRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from partner_forum f where f.id = ?")
                .param(id)
                .query(ForumRecords::row)
                .optional();
    }

    void insert(UUID id, String name, UUID unitId, String unitPath, UUID convenerId) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into partner_forum (id, name, unit_id, unit_path, convener_id, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, name, unitId, unitPath, convenerId, now, now)
                .update();
    }

    void update(UUID id, String name, UUID convenerId) {
        jdbc.sql("update partner_forum set name = ?, convener_id = ?, updated_at = ? where id = ?")
                .params(name, convenerId, Timestamp.from(Instant.now()), id)
                .update();
    }

    List<UUID> communities(UUID forumId) {
        return jdbc.sql("select community_id from partner_forum_community where forum_id = ? order by community_id")
                .param(forumId)
                .query(UUID.class)
                .list();
    }

    void replaceCommunities(UUID forumId, Collection<UUID> communityIds) {
        jdbc.sql("delete from partner_forum_community where forum_id = ?")
                .param(forumId)
                .update();
        for (UUID community : communityIds) {
            jdbc.sql("insert into partner_forum_community (forum_id, community_id) values (?, ?)")
                    .params(forumId, community)
                    .update();
        }
    }

    void insertMeeting(UUID forumId, Meeting m) {
        jdbc.sql("insert into partner_forum_meeting (id, forum_id, held_on, attendance, notes, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(m.id(), forumId, Date.valueOf(m.heldOn()), m.attendance(), m.notes())
                .param(Timestamp.from(Instant.now()))
                .update();
    }

    /** The forum's latest meetings, newest first. */
    List<Meeting> meetings(UUID forumId, int limit) {
        return jdbc.sql("select id, held_on, attendance, notes from partner_forum_meeting where forum_id = ?"
                        + " order by held_on desc, created_at desc limit ?")
                .params(forumId, limit)
                .query((rs, i) -> new Meeting(
                        rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(), rs.getInt(3), rs.getString(4)))
                .list();
    }

    List<Row> list(String areaPath, Scope scope, int page, int size) {
        Where where = new Where().within(scope, "f.unit_path").subtree(areaPath, "f.unit_path");
        return jdbc.sql("select " + COLUMNS + " from partner_forum f" + where.sql()
                        + " order by f.unit_path, lower(f.name), f.id limit :limit offset :offset")
                .params(where.params())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ForumRecords::row)
                .list();
    }

    long count(String areaPath, Scope scope) {
        Where where = new Where().within(scope, "f.unit_path").subtree(areaPath, "f.unit_path");
        return jdbc.sql("select count(*) from partner_forum f" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Date last = rs.getDate("last_met");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_path"),
                rs.getObject("convener_id", UUID.class),
                rs.getLong("meeting_count"),
                last == null ? null : last.toLocalDate());
    }
}

package org.harambee.communities.phases;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.communities.Phase;
import org.harambee.system.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The phase history table: read in the order recorded, appended to, never changed. */
@Repository
public class PhaseRecords {

    private static final String COLUMNS = "seq, phase, entered_on, note, reason, recorded_by, recorded_at";

    private final JdbcClient jdbc;

    PhaseRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PhaseEntry> history(UUID communityId) {
        return jdbc.sql("select " + COLUMNS + " from community_phase where community_id = ? order by seq")
                .param(communityId)
                .query((rs, i) -> entry(rs))
                .list();
    }

    /** The number of the latest line of each community that has one (its phase version). */
    public Map<UUID, Integer> latestSeqs(Collection<UUID> communityIds) {
        if (communityIds.isEmpty()) {
            return java.util.Map.of();
        }
        Map<UUID, Integer> seqs = new HashMap<>();
        jdbc.sql(
                        "select community_id, max(seq) from community_phase where community_id in (:ids) group by community_id")
                .param("ids", communityIds)
                .query(rs -> {
                    seqs.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return seqs;
    }

    Optional<PhaseEntry> latest(UUID communityId) {
        return jdbc.sql("select " + COLUMNS + " from community_phase where community_id = ? order by seq desc"
                        + " limit 1")
                .param(communityId)
                .query((rs, i) -> entry(rs))
                .optional();
    }

    void append(UUID communityId, PhaseEntry entry) {
        jdbc.sql("insert into community_phase (id, community_id, seq, phase, entered_on, note, reason, recorded_by,"
                        + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        Ids.newId(),
                        communityId,
                        entry.seq(),
                        entry.phase().name(),
                        entry.enteredOn(),
                        entry.note(),
                        entry.reason(),
                        entry.recordedBy(),
                        Timestamp.from(entry.recordedAt()))
                .update();
    }

    private static PhaseEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PhaseEntry(
                rs.getInt("seq"),
                Phase.valueOf(rs.getString("phase")),
                rs.getObject("entered_on", LocalDate.class),
                rs.getString("note"),
                rs.getString("reason"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}

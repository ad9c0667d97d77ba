package org.harambee.communities;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.communities.internal.RequestStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communities module's API for a home page: a person's communities with their phase and what is due, counted in
 * one query and listed (the first few, what is due first) in another. A community is due a meeting when none was held
 * since the day given; it waits for its first phase while none is recorded and its start was not declined. No scope
 * check here beyond the scope the caller passes.
 */
@Service
@Transactional(readOnly = true)
public class CommunitiesDue {

    /** The counts: communities, those due a meeting, those waiting for their first phase. */
    public record Counts(long communities, long meetingDue, long phaseWaiting) {}

    /** One community as a home page lists it. */
    public record DueCommunity(
            UUID id, String name, Phase phase, LocalDate lastMeeting, boolean meetingDue, boolean phaseWaiting) {}

    public record Due(Counts counts, List<DueCommunity> first) {}

    private static final String LAST_MEETING =
            "(select max(m.held_on) from community_meeting m where m.community_id = c.id)";

    private final JdbcClient jdbc;

    CommunitiesDue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The communities in {@code scope}, only those of {@code only} when it is not empty; due a meeting when none was
     * held on or after {@code meetingSince}; the first {@code first} of them, due ones first.
     */
    public Due of(Scope scope, Collection<UUID> only, LocalDate meetingSince, int first) {
        Map<String, Object> params = new HashMap<>();
        String where = " from community c where " + UnitPaths.within(scope, "c.unit_path", "s", params);
        if (!only.isEmpty()) {
            where += " and c.id in (:only)";
            params.put("only", only);
        }
        params.put("since", Date.valueOf(meetingSince));
        params.put("declined", RequestStatus.DECLINED.name());
        String rows =
                "select c.id, c.name, c.current_phase, c.request_status, " + LAST_MEETING + " last_meeting" + where;
        String flagged = "select id, name, current_phase, last_meeting,"
                + " case when last_meeting is null or last_meeting < :since then 1 else 0 end meeting_due,"
                + " case when current_phase is null and (request_status is null or request_status <> :declined)"
                + " then 1 else 0 end phase_waiting from (" + rows + ") x";
        Counts counts = jdbc.sql("select count(*) communities, coalesce(sum(meeting_due), 0) meeting_due,"
                        + " coalesce(sum(phase_waiting), 0) phase_waiting from (" + flagged + ") y")
                .params(params)
                .query(Counts.class)
                .single();
        List<DueCommunity> listed = jdbc.sql(
                        "select * from (" + flagged + ") y order by meeting_due desc, phase_waiting desc,"
                                + " case when last_meeting is null then 0 else 1 end, last_meeting, name, id limit :first")
                .params(params)
                .param("first", first)
                .query((rs, i) -> {
                    Date last = rs.getDate("last_meeting");
                    return new DueCommunity(
                            rs.getObject("id", UUID.class),
                            rs.getString("name"),
                            Phase.parse(rs.getString("current_phase")),
                            last == null ? null : last.toLocalDate(),
                            rs.getInt("meeting_due") == 1,
                            rs.getInt("phase_waiting") == 1);
                })
                .list();
        return new Due(counts, listed);
    }
}

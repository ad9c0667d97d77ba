package org.harambee.communities.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.harambee.access.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A community's story in date order: its phases, meetings, spread links (to and from it), harm selections and action
 * plans. A community at the other end of a link is named only when it lies inside the reader's area.
 */
@Repository
public class Timeline {

    public enum Kind {
        PHASE,
        MEETING,
        SPREAD_OUT,
        SPREAD_IN,
        HARM,
        PLAN
    }

    /**
     * One event; which fields are set depends on its kind: {@code code} is the phase, meeting type, spread kind or
     * harm; {@code other} the community at the other end of a link; {@code count} a meeting's attendance; {@code
     * recordId} the meeting or plan.
     */
    public record Entry(
            LocalDate date,
            Kind kind,
            String code,
            String text,
            CommunityViews.Named other,
            Integer count,
            UUID recordId) {}

    private final JdbcClient jdbc;

    Timeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> of(UUID communityId, Scope scope) {
        List<Entry> entries = new ArrayList<>();
        jdbc.sql("select entered_on, phase, coalesce(reason, note) from community_phase where community_id = ?"
                        + " order by seq")
                .param(communityId)
                .query(rs -> {
                    entries.add(new Entry(date(rs, 1), Kind.PHASE, rs.getString(2), rs.getString(3), null, null, null));
                });
        jdbc.sql("select held_on, meeting_type, decisions, girls + boys + women + men, id from community_meeting"
                        + " where community_id = ? order by held_on, created_at")
                .param(communityId)
                .query(rs -> {
                    entries.add(new Entry(
                            date(rs, 1),
                            Kind.MEETING,
                            rs.getString(2),
                            rs.getString(3),
                            null,
                            rs.getInt(4),
                            rs.getObject(5, UUID.class)));
                });
        links(communityId, scope, entries, true);
        links(communityId, scope, entries, false);
        jdbc.sql("select selected_on, harm, note from community_harm_selection where community_id = ?"
                        + " order by selected_on, created_at")
                .param(communityId)
                .query(rs -> {
                    entries.add(new Entry(date(rs, 1), Kind.HARM, rs.getString(2), rs.getString(3), null, null, null));
                });
        jdbc.sql("select starts_on, harm, title, id from community_action_plan where community_id = ?"
                        + " order by starts_on, created_at")
                .param(communityId)
                .query(rs -> {
                    entries.add(new Entry(
                            date(rs, 1),
                            Kind.PLAN,
                            rs.getString(2),
                            rs.getString(3),
                            null,
                            null,
                            rs.getObject(4, UUID.class)));
                });
        // A stable sort: events of one day keep the order in which they were read (phases first).
        entries.sort(Comparator.comparing(Entry::date));
        return entries;
    }

    private void links(UUID communityId, Scope scope, List<Entry> entries, boolean outgoing) {
        String here = outgoing ? "source_id" : "target_id";
        String there = outgoing ? "target_id" : "source_id";
        jdbc.sql("select l.occurred_on, l.kind, l.note, c.id, c.name, c.unit_path from community_spread_link l"
                        + " join community c on c.id = l." + there + " where l." + here + " = ?"
                        + " order by l.occurred_on, l.created_at")
                .param(communityId)
                .query(rs -> {
                    String path = rs.getString(6);
                    entries.add(new Entry(
                            date(rs, 1),
                            outgoing ? Kind.SPREAD_OUT : Kind.SPREAD_IN,
                            rs.getString(2),
                            rs.getString(3),
                            new CommunityViews.Named(
                                    rs.getObject(4, UUID.class), scope.covers(path) ? rs.getString(5) : null),
                            null,
                            null));
                });
    }

    private static LocalDate date(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}

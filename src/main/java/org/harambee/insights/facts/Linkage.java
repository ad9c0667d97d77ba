package org.harambee.insights.facts;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.harambee.insights.Measure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Linkage coverage (DOMAIN section 4: active communities with an agreement in force): the days each community is tied
 * in by an agreement in force ({@code insight_agreement_community}), and the flag COMMUNITIES_ACTIVE_LINKED of a
 * community month, held exactly when the community is active that month and an agreement in force covers the month's
 * last day (the same day "active" is read at). Flags are added and taken back through {@link Rollups}, so the unit and
 * its ancestors count each community once.
 */
@Component
class Linkage {

    /** Days [from, until) an agreement ties a community in; until null while it is in force. */
    record Interval(LocalDate from, LocalDate until) {

        boolean covers(LocalDate day) {
            return !from.isAfter(day) && (until == null || until.isAfter(day));
        }
    }

    private final JdbcClient jdbc;
    private final Rollups rollups;
    private final CommunityState state;

    Linkage(JdbcClient jdbc, Rollups rollups, CommunityState state) {
        this.jdbc = jdbc;
        this.rollups = rollups;
        this.state = state;
    }

    /**
     * The agreement ties the community in from {@code since}, unless an interval of it is still open (a lapse not yet
     * recorded, then a review: the gap is not kept).
     */
    void open(UUID agreement, UUID community, LocalDate since) {
        long open = jdbc.sql("select count(*) from insight_agreement_community where agreement_id = ?"
                        + " and community_id = ? and in_force_until is null")
                .params(agreement, community)
                .query(Long.class)
                .single();
        if (open == 0) {
            jdbc.sql("insert into insight_agreement_community (agreement_id, community_id, in_force_from)"
                            + " values (?, ?, ?) on conflict do nothing")
                    .params(agreement, community, Date.valueOf(since))
                    .update();
        }
    }

    /**
     * The agreement no longer ties anyone in from {@code until}: its open intervals close there, and with
     * {@code alsoClosed} (an end) so do the closed ones that reach beyond it. Answers the communities concerned.
     */
    List<UUID> close(UUID agreement, LocalDate until, boolean alsoClosed) {
        String which =
                " where agreement_id = ? and (in_force_until is null" + (alsoClosed ? " or in_force_until > ?)" : ")");
        Object[] params = alsoClosed ? new Object[] {agreement, Date.valueOf(until)} : new Object[] {agreement};
        List<UUID> communities = jdbc.sql("select distinct community_id from insight_agreement_community" + which
                        + " order by community_id")
                .params(params)
                .query(UUID.class)
                .list();
        Object[] update = new Object[params.length + 1];
        update[0] = Date.valueOf(until);
        System.arraycopy(params, 0, update, 1, params.length);
        jdbc.sql("update insight_agreement_community set in_force_until = ?" + which)
                .params(update)
                .update();
        jdbc.sql("delete from insight_agreement_community where agreement_id = ? and in_force_until <= in_force_from")
                .param(agreement)
                .update();
        return communities;
    }

    /** A closed interval [from, until) of the agreement for a community that left its cluster since (nothing if empty). */
    void interval(UUID agreement, UUID community, LocalDate from, LocalDate until) {
        if (until.isAfter(from)) {
            jdbc.sql("insert into insight_agreement_community (agreement_id, community_id, in_force_from,"
                            + " in_force_until) values (?, ?, ?, ?) on conflict do nothing")
                    .params(agreement, community, Date.valueOf(from), Date.valueOf(until))
                    .update();
        }
    }

    /** The agreement no longer ties this one community in from {@code until} (it left the cluster that is party). */
    void closeFor(UUID agreement, UUID community, LocalDate until) {
        jdbc.sql("update insight_agreement_community set in_force_until = ? where agreement_id = ? and community_id = ?"
                        + " and in_force_until is null")
                .params(Date.valueOf(until), agreement, community)
                .update();
        jdbc.sql("delete from insight_agreement_community where agreement_id = ? and community_id = ?"
                        + " and in_force_until <= in_force_from")
                .params(agreement, community)
                .update();
    }

    /** Sets the community's flags right for every month it is active, after its intervals changed. */
    void sync(UUID communityId) {
        CommunityState.Community c = state.find(communityId).orElse(null);
        if (c == null) {
            return;
        }
        List<Interval> intervals = intervals(c.id());
        Set<LocalDate> linked = new HashSet<>(rollups.months(c.id(), Measure.COMMUNITIES_ACTIVE_LINKED));
        for (LocalDate month : rollups.months(c.id(), Measure.COMMUNITIES_ACTIVE)) {
            boolean covered = covered(intervals, month);
            if (covered && !linked.contains(month)) {
                rollups.enter(c.id(), c.unitPath(), month, Measure.COMMUNITIES_ACTIVE_LINKED);
            } else if (!covered && linked.contains(month)) {
                rollups.leave(c.id(), c.unitPath(), month, Measure.COMMUNITIES_ACTIVE_LINKED);
            }
        }
    }

    /** A community newly active in a month is linked that month if an agreement covers the month's end. */
    void becameActive(CommunityState.Community c, LocalDate month) {
        if (covered(intervals(c.id()), month)) {
            rollups.enter(c.id(), c.unitPath(), month, Measure.COMMUNITIES_ACTIVE_LINKED);
        }
    }

    private static boolean covered(List<Interval> intervals, LocalDate month) {
        LocalDate end = Activity.lastDay(month);
        return intervals.stream().anyMatch(i -> i.covers(end));
    }

    private List<Interval> intervals(UUID community) {
        return jdbc.sql("select in_force_from, in_force_until from insight_agreement_community where community_id = ?")
                .param(community)
                .query((rs, n) -> new Interval(
                        rs.getDate(1).toLocalDate(),
                        rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate()))
                .list();
    }
}

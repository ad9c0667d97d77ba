package org.harambee.insights.facts;

import org.harambee.insights.Measure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recomputes linkage coverage from the agreement tables, with the rules of {@link AgreementFacts} and {@link Linkage}:
 * the intervals of each agreement and community (a community party, or a member of a cluster party while it
 * belonged to the cluster), from the
 * start date; an ended agreement until the day it ended (or the day after its review date if that came first: it had
 * lapsed), a lapsed one until the day after its review date, one in force open; a review later than the day after
 * the date it answered ends a lapse, which leaves a gap from that day to the review. Then the active community months
 * whose last day an interval covers are flagged. Runs after the active months are rebuilt, for the communities of the
 * rebuild's chunk.
 */
@Component
class LinkageRebuild {

    private final JdbcClient jdbc;

    LinkageRebuild(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void run() {
        String afterReview = "cast(a.review_date + interval '1' day as date)";
        String end = "case a.status when 'ENDED' then case when a.review_date is not null and " + afterReview
                + " < a.ended_on then " + afterReview + " else a.ended_on end when 'LAPSED' then " + afterReview
                + " else cast(null as date) end";
        String counted = " a.status in ('IN_FORCE', 'LAPSED', 'ENDED') and a.start_date is not null";
        // a review later than the day after the date it answered ends a lapse: the days between are a gap
        String late = " r.due_on is not null and r.reviewed_on > cast(r.due_on + interval '1' day as date)";
        String starts = "select a.id as agreement_id, a.start_date as at_day from agreement a where" + counted
                + " union all select r.agreement_id, r.reviewed_on from agreement_review r join agreement a"
                + " on a.id = r.agreement_id where" + counted + " and" + late;
        String ends = "select a.id as agreement_id, " + end + " as at_day from agreement a where" + counted
                + " union all select r.agreement_id, cast(r.due_on + interval '1' day as date) from agreement_review r"
                + " join agreement a on a.id = r.agreement_id where" + counted + " and" + late;
        jdbc.sql("insert into insight_agreement_community (agreement_id, community_id, in_force_from, in_force_until)"
                        + " select distinct s.agreement_id, x.community_id, greatest(s.at_day, x.joined_on),"
                        + " least(e.at_day, x.left_on) from"
                        + " (select agreement_id, at_day, row_number() over (partition by agreement_id order by at_day) as n"
                        + " from (" + starts + ") s0) s"
                        + " join (select agreement_id, at_day, row_number() over (partition by agreement_id"
                        + " order by at_day nulls last) as n from (" + ends + ") e0) e"
                        + " on e.agreement_id = s.agreement_id and e.n = s.n"
                        + " join (select agreement_id, ref_id as community_id, cast(null as date) as joined_on,"
                        + " cast(null as date) as left_on from agreement_party where kind = 'COMMUNITY'"
                        + " union select p.agreement_id, m.community_id, m.joined_on, m.left_on from agreement_party p"
                        + " join community_cluster_membership m on m.cluster_id = p.ref_id where p.kind = 'CLUSTER') x"
                        + " on x.agreement_id = s.agreement_id" + CommunityMonthsRebuild.chunk("x"))
                .update();
        jdbc.sql("delete from insight_agreement_community where in_force_until <= in_force_from and community_id in"
                        + " (select community_id from insight_rebuild_community)")
                .update();
        String lastDay = "cast(f.month + interval '1' month - interval '1' day as date)";
        jdbc.sql("insert into insight_community_month (community_id, month, measure, value)"
                        + " select f.community_id, f.month, '" + Measure.COMMUNITIES_ACTIVE_LINKED.name() + "', 1"
                        + " from insight_community_month f" + CommunityMonthsRebuild.chunk("f") + " where f.measure = '"
                        + Measure.COMMUNITIES_ACTIVE.name()
                        + "' and exists (select 1 from insight_agreement_community i"
                        + " where i.community_id = f.community_id and i.in_force_from <= " + lastDay
                        + " and (i.in_force_until is null or i.in_force_until > " + lastDay + "))")
                .update();
    }

    /** The cluster parties of the agreements that came into force, and whether each agreement is in force now. */
    void clusters() {
        jdbc.sql("delete from insight_agreement_cluster").update();
        jdbc.sql("insert into insight_agreement_cluster (agreement_id, cluster_id, in_force) select distinct"
                        + " p.agreement_id, p.ref_id, a.status = 'IN_FORCE' from agreement_party p join agreement a"
                        + " on a.id = p.agreement_id where p.kind = 'CLUSTER' and a.start_date is not null"
                        + " and a.status in ('IN_FORCE', 'LAPSED', 'ENDED')")
                .update();
    }
}

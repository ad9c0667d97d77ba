package org.harambee.insights.facts;

import org.harambee.insights.Measure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recomputes linkage coverage from the agreement tables, with the rules of {@link AgreementFacts} and {@link Linkage}:
 * one interval per agreement and community (a community party, or a member of a cluster party today), from the start
 * date; an ended agreement until the day it ended (or the day after its review date if that came first: it had
 * lapsed), a lapsed one until the day after its review date, one in force open. Then the active community months
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
        jdbc.sql("insert into insight_agreement_community (agreement_id, community_id, in_force_from, in_force_until)"
                        + " select distinct a.id, x.community_id, a.start_date, case a.status"
                        + " when 'ENDED' then case when a.review_date is not null and " + afterReview
                        + " < a.ended_on then " + afterReview + " else a.ended_on end"
                        + " when 'LAPSED' then " + afterReview + " else cast(null as date) end"
                        + " from agreement a join (select agreement_id, ref_id as community_id from agreement_party"
                        + " where kind = 'COMMUNITY' union select p.agreement_id, m.community_id from agreement_party p"
                        + " join community_cluster_member m on m.cluster_id = p.ref_id where p.kind = 'CLUSTER') x"
                        + " on x.agreement_id = a.id" + CommunityMonthsRebuild.chunk("x")
                        + " where a.status in ('IN_FORCE', 'LAPSED', 'ENDED') and a.start_date is not null")
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
}

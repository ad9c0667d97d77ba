package org.harambee.insights.facts;

import java.time.Duration;
import org.harambee.insights.Measure;
import org.harambee.referrals.Priority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recomputes {@code insight_community} and {@code insight_community_month} from the source tables for the communities
 * of one chunk (listed in {@code insight_rebuild_community}), one set-based statement per measure family, with the
 * same rules as the listeners (CommunityFacts, ReferralFacts, Activity). Dates of instants are read in the session's
 * time zone, which the rebuild sets to the deployment's.
 */
@Component
class CommunityMonthsRebuild {

    private static final String INSERT = "insert into insight_community_month (community_id, month, measure, value) ";

    /** Keeps a statement to the chunk's communities: {@code alias} is a table with a {@code community_id} column. */
    static String chunk(String alias) {
        return " join insight_rebuild_community k on k.community_id = " + alias + ".community_id";
    }

    private final JdbcClient jdbc;
    private final FactSql sql;
    private final ReferralFacts referrals;

    CommunityMonthsRebuild(JdbcClient jdbc, FactSql sql, ReferralFacts referrals) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.referrals = referrals;
    }

    void run() {
        communities();
        firstDates();
        meetingsAndSpread();
        referrals();
        activity();
        activeStarted();
        maintenance();
    }

    private void communities() {
        jdbc.sql("insert into insight_community (community_id, unit_path, asked, registered_on, started_on, harm_on,"
                        + " action_on, phased_out_on) select c.id, c.unit_path, c.origin <> 'AGENCY_INITIATED',"
                        // registered from its registration or its start, whichever came first (CommunityFacts)
                        + " least(cast(c.created_at as date), coalesce(s.entered_on, cast(c.created_at as date))),"
                        + " s.entered_on, h.entered_on, a.entered_on, o.entered_on"
                        + " from community c join insight_rebuild_community k on k.community_id = c.id"
                        + " left join " + first("'LEARNING', 'FEEDBACK_VALIDATION', 'INCLUSIVE_PROCESS', " + HARM)
                        + " s"
                        + " on s.community_id = c.id"
                        + " left join " + first(HARM) + " h on h.community_id = c.id"
                        + " left join " + first(ACTION) + " a on a.community_id = c.id"
                        + " left join " + first(PHASE_OUT) + " o on o.community_id = c.id")
                .update();
    }

    private static final String PHASE_OUT = "'PHASE_OUT', 'SUSTAINED'";
    private static final String ACTION = "'ACTION', 'REFLECTION', " + PHASE_OUT;
    private static final String HARM = "'HARM_SELECTION', 'ACTION_PLANNING', " + ACTION;

    /** The date of each community's first phase (in the order recorded) among {@code phases}. */
    private static String first(String phases) {
        return "(select p.community_id, p.entered_on from community_phase p join (select q.community_id,"
                + " min(q.seq) as first_seq from community_phase q" + chunk("q") + " where q.phase in (" + phases + ")"
                + " group by q.community_id) f on f.community_id = p.community_id and f.first_seq = p.seq)";
    }

    private void firstDates() {
        flow("registered_on", Measure.COMMUNITIES_REGISTERED, null);
        flow("started_on", Measure.COMMUNITIES_STARTED, null);
        flow("started_on", Measure.COMMUNITIES_STARTED_SPONTANEOUS, "asked = true");
        flow("harm_on", Measure.HARM_SELECTED, null);
        flow("action_on", Measure.ACTION_STARTED, null);
        flow("phased_out_on", Measure.PHASED_OUT, null);
        bucket("harm_on", Measure.WEEKS_TO_HARM);
        bucket("action_on", Measure.WEEKS_TO_ACTION);
    }

    private void flow(String column, Measure measure, String condition) {
        jdbc.sql(INSERT + "select c.community_id, " + month(column) + ", '" + measure.name() + "', 1"
                        + " from insight_community c" + chunk("c") + " where " + column + " is not null"
                        + (condition == null ? "" : " and " + condition))
                .update();
    }

    private void bucket(String column, Measure measure) {
        String weeks = "least(greatest(" + sql.days("coalesce(started_on, " + column + ")", column) + " / 7, 0), "
                + Measure.LAST_WEEK_BUCKET + ")";
        jdbc.sql(INSERT + "select c.community_id, " + month(column) + ", '" + measure.name() + ":' || cast(" + weeks
                        + " as varchar(10)), 1 from insight_community c" + chunk("c") + " where " + column
                        + " is not null")
                .update();
    }

    private void meetingsAndSpread() {
        String from = " from community_meeting m" + chunk("m") + " group by m.community_id, " + month("m.held_on");
        jdbc.sql(INSERT + "select m.community_id, " + month("m.held_on") + ", 'MEETINGS', count(*)" + from)
                .update();
        jdbc.sql(INSERT + "select m.community_id, " + month("m.held_on") + ", 'PARTICIPANTS',"
                        + " sum(m.girls + m.boys + m.women + m.men)" + from
                        + " having sum(m.girls + m.boys + m.women + m.men) <> 0")
                .update();
        jdbc.sql(INSERT + "select m.community_id, " + month("m.held_on") + ", 'PARTICIPANTS_FEMALE',"
                        + " sum(m.girls + m.women)" + from + " having sum(m.girls + m.women) <> 0")
                .update();
        jdbc.sql(INSERT + "select s.target_id, " + month("s.occurred_on") + ", 'SPREAD_LINKS', count(*)"
                        + " from community_spread_link s join insight_rebuild_community k on k.community_id = s.target_id"
                        + " group by s.target_id, " + month("s.occurred_on"))
                .update();
    }

    private void referrals() {
        String sent = month("cast(r.sent_at as date)");
        String from = " from referral r" + chunk("r");
        String group = " group by r.community_id, " + sent;
        jdbc.sql(INSERT + "select r.community_id, " + sent + ", 'REFERRALS_SENT', count(*)" + from
                        + " where r.sent_at is not null" + group)
                .update();
        jdbc.sql(INSERT + "select r.community_id, " + sent + ", 'REFERRALS_SENT_' || r.priority, count(*)" + from
                        + " where r.sent_at is not null" + group + ", r.priority")
                .update();
        jdbc.sql(INSERT + "select r.community_id, " + sent + ", 'REFERRALS_CONSENTED', count(*)" + from
                        + " where r.sent_at is not null and r.consent_override_reason is null" + group)
                .update();
        StringBuilder due = new StringBuilder("case r.priority");
        for (Priority p : Priority.values()) {
            due.append(" when '").append(p.name()).append("' then ").append(plus("r.sent_at", referrals.deadline(p)));
        }
        due.append(" end");
        jdbc.sql(INSERT + "select r.community_id, " + sent + ", 'REFERRALS_ON_TIME_' || r.priority, count(*)" + from
                        + " join " + firstTransition("'ACKNOWLEDGED', 'ACCEPTED', 'DECLINED'") + " t"
                        + " on t.referral_id = r.id where r.sent_at is not null and t.first_at <= " + due + group
                        + ", r.priority")
                .update();
        jdbc.sql(INSERT + "select r.community_id, " + sent + ", 'REFERRALS_COMPLETED_30D', count(*)" + from
                        + " join " + firstTransition("'SERVICE_PROVIDED'") + " t on t.referral_id = r.id"
                        + " where r.sent_at is not null and t.first_at <= "
                        + plus("r.sent_at", ReferralFacts.COMPLETION)
                        + group)
                .update();
        byCategory(sent, from, group, due.toString());
        jdbc.sql(INSERT + "select r.community_id, " + sent + ", 'REFERRALS_FEEDBACK_CLOSED', count(*)" + from
                        + " join " + firstTransition("'CLOSED'") + " t on t.referral_id = r.id"
                        + " where r.sent_at is not null" + group)
                .update();
        jdbc.sql(INSERT + "select r.community_id, " + sent + ", 'REFERRALS_ANSWERED', count(*)" + from
                        + " join " + firstTransition("'ACCEPTED', 'DECLINED'") + " t on t.referral_id = r.id"
                        + " where r.sent_at is not null" + group)
                .update();
        jdbc.sql(INSERT + "select r.community_id, " + sent + ", 'REFERRALS_FEEDBACK_REACHED', count(*)" + from
                        + " join " + firstTransition("'DECLINED', 'SERVICE_PROVIDED', 'CLOSED'") + " t"
                        + " on t.referral_id = r.id where r.sent_at is not null" + group)
                .update();
    }

    /** Sent, answered on time and provided within 30 days, by the service category asked for. */
    private void byCategory(String sent, String from, String group, String due) {
        String category = " and r.category is not null" + group + ", r.category";
        jdbc.sql(INSERT + "select r.community_id, " + sent + ", '"
                        + Measure.SERVICE_SENT.in("") + "' || r.category, count(*)" + from
                        + " where r.sent_at is not null" + category)
                .update();
        jdbc.sql(INSERT + "select r.community_id, " + sent + ", '"
                        + Measure.SERVICE_ON_TIME.in("") + "' || r.category, count(*)" + from
                        + " join " + firstTransition("'ACKNOWLEDGED', 'ACCEPTED', 'DECLINED'") + " t"
                        + " on t.referral_id = r.id where r.sent_at is not null and t.first_at <= " + due + category)
                .update();
        jdbc.sql(INSERT + "select r.community_id, " + sent + ", '"
                        + Measure.SERVICE_COMPLETED_30D.in("") + "' || r.category, count(*)" + from
                        + " join " + firstTransition("'SERVICE_PROVIDED'") + " t on t.referral_id = r.id"
                        + " where r.sent_at is not null and t.first_at <= "
                        + plus("r.sent_at", ReferralFacts.COMPLETION) + category)
                .update();
    }

    /** The first time each referral of the chunk reached one of {@code statuses}. */
    private static String firstTransition(String statuses) {
        return "(select t.referral_id, min(t.at) as first_at from referral_transition t join referral q"
                + " on q.id = t.referral_id" + chunk("q") + " where t.to_status in (" + statuses + ")"
                + " group by t.referral_id)";
    }

    private static String plus(String timestamp, Duration duration) {
        return "(" + timestamp + " + interval '" + duration.toSeconds() + "' second)";
    }

    /** Active for each month whose last day lies within [d, d+90] of a meeting or an action-phase change. */
    private void activity() {
        String days = "(select m.community_id, m.held_on as d from community_meeting m" + chunk("m")
                + " union select p.community_id, p.entered_on as d from community_phase p" + chunk("p")
                + " where p.phase in ('ACTION', 'REFLECTION'))";
        StringBuilder months = new StringBuilder();
        for (int k = 0; k <= 3; k++) {
            String start = "date_trunc('month', a.d)";
            months.append(k == 0 ? "" : " union ")
                    .append("select a.community_id, cast(")
                    .append(start)
                    .append(" + interval '")
                    .append(k)
                    .append("' month as date) as act_month from ")
                    .append(days)
                    .append(" a where cast(")
                    .append(start)
                    .append(" + interval '")
                    .append(k + 1)
                    .append("' month - interval '1' day as date) <= a.d + " + Activity.WINDOW_DAYS);
        }
        jdbc.sql(INSERT + "select x.community_id, x.act_month, 'COMMUNITIES_ACTIVE', 1 from (" + months + ") x")
                .update();
    }

    /** Active and started by the month's end (Activity.started): the active rate's numerator. */
    private void activeStarted() {
        jdbc.sql(INSERT
                        + "select f.community_id, f.month, 'COMMUNITIES_ACTIVE_STARTED', 1 from insight_community_month f"
                        + chunk("f") + " join insight_community c on c.community_id = f.community_id"
                        + " where f.measure = 'COMMUNITIES_ACTIVE' and c.started_on is not null and "
                        + month("c.started_on") + " <= f.month")
                .update();
    }

    private void maintenance() {
        for (int months : new int[] {6, 12}) {
            String cohort = "PHASED_OUT_" + months + "M";
            jdbc.sql(INSERT + "select c.community_id, cast(date_trunc('month', phased_out_on) + interval '" + months
                            + "' month as date), '" + cohort + "', 1 from insight_community c" + chunk("c")
                            + " where phased_out_on is not null")
                    .update();
            jdbc.sql(INSERT + "select p.community_id, p.month, 'MAINTAINED_" + months + "M', 1"
                            + " from insight_community_month p" + chunk("p") + " join insight_community_month a"
                            + " on a.community_id = p.community_id and a.month = p.month"
                            + " and a.measure = 'COMMUNITIES_ACTIVE' where p.measure = '" + cohort + "'")
                    .update();
        }
    }

    static String month(String date) {
        return "cast(date_trunc('month', " + date + ") as date)";
    }
}

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

    /** The chunk's sent referrals, each with what its transitions tell, for the statements of {@link #referrals()}. */
    static final String REFERRAL_TABLE = "insight_rebuild_referral";

    static final String REFERRAL_COLUMNS = "referral_id uuid not null primary key, community_id uuid not null,"
            + " sent_month date not null, priority varchar(20) not null, category varchar(30), consented boolean not null,"
            + " on_time boolean not null, completed boolean not null, closed boolean not null,"
            + " answered boolean not null, reached boolean not null";

    /**
     * The chunk's sent referrals, each once with the first time it reached each status that a measure asks about: one
     * pass over their transitions for all the referral measures instead of one a measure.
     */
    private void sentReferrals() {
        sql.emptyWorkTable(REFERRAL_TABLE, REFERRAL_COLUMNS)
                .forEach(s -> jdbc.sql(s).update());
        StringBuilder due = new StringBuilder("case r.priority");
        for (Priority p : Priority.values()) {
            due.append(" when '").append(p.name()).append("' then ").append(plus("r.sent_at", referrals.deadline(p)));
        }
        due.append(" end");
        jdbc.sql("insert into " + REFERRAL_TABLE + " (referral_id, community_id, sent_month, priority, category,"
                        + " consented, on_time, completed, closed, answered, reached) select r.id, r.community_id, "
                        + month("cast(r.sent_at as date)") + ", r.priority, r.category,"
                        + " r.consent_override_reason is null, coalesce(t.answer_at <= " + due + ", false),"
                        + " coalesce(t.provided_at <= " + plus("r.sent_at", ReferralFacts.COMPLETION) + ", false),"
                        + " t.closed_at is not null, t.decided_at is not null, t.reached_at is not null"
                        + " from referral r" + chunk("r") + " left join (select t.referral_id,"
                        + first("'ACKNOWLEDGED', 'ACCEPTED', 'DECLINED'", "answer_at")
                        + first("'SERVICE_PROVIDED'", "provided_at") + first("'CLOSED'", "closed_at")
                        + first("'ACCEPTED', 'DECLINED'", "decided_at")
                        + " min(case when t.to_status in ('DECLINED', 'SERVICE_PROVIDED', 'CLOSED') then t.at end)"
                        + " as reached_at from referral_transition t join referral q on q.id = t.referral_id"
                        + chunk("q") + " group by t.referral_id) t on t.referral_id = r.id where r.sent_at is not null")
                .update();
        sql.analyze(REFERRAL_TABLE).forEach(s -> jdbc.sql(s).update());
    }

    /** The first time of a referral's transitions to one of {@code statuses}, as {@code name}, and a comma. */
    private static String first(String statuses, String name) {
        return " min(case when t.to_status in (" + statuses + ") then t.at end) as " + name + ",";
    }

    private void referrals() {
        sentReferrals();
        referralCount("'REFERRALS_SENT'", null, null);
        referralCount("'REFERRALS_SENT_' || r.priority", null, "r.priority");
        referralCount("'REFERRALS_CONSENTED'", "r.consented", null);
        referralCount("'REFERRALS_ON_TIME_' || r.priority", "r.on_time", "r.priority");
        referralCount("'REFERRALS_COMPLETED_30D'", "r.completed", null);
        // sent, answered on time and provided within 30 days, by the service category asked for
        String category = "r.category is not null";
        referralCount("'" + Measure.SERVICE_SENT.in("") + "' || r.category", category, "r.category");
        referralCount(
                "'" + Measure.SERVICE_ON_TIME.in("") + "' || r.category", "r.on_time and " + category, "r.category");
        referralCount(
                "'" + Measure.SERVICE_COMPLETED_30D.in("") + "' || r.category",
                "r.completed and " + category,
                "r.category");
        referralCount("'REFERRALS_FEEDBACK_CLOSED'", "r.closed", null);
        referralCount("'REFERRALS_ANSWERED'", "r.answered", null);
        referralCount("'REFERRALS_FEEDBACK_REACHED'", "r.reached", null);
    }

    /** The chunk's sent referrals that meet {@code condition}, counted by community and month (and {@code by}). */
    private void referralCount(String measure, String condition, String by) {
        jdbc.sql(INSERT + "select r.community_id, r.sent_month, " + measure + ", count(*) from " + REFERRAL_TABLE + " r"
                        + (condition == null ? "" : " where " + condition)
                        + " group by r.community_id, r.sent_month" + (by == null ? "" : ", " + by))
                .update();
    }

    private static String plus(String timestamp, Duration duration) {
        return "(" + timestamp + " + interval '" + duration.toSeconds() + "' second)";
    }

    /** Active for each month whose last day lies within [d, d+90] of a meeting or an action-phase change. */
    private void activity() {
        String days = "(select m.community_id, m.held_on as d from community_meeting m" + chunk("m")
                + " union select p.community_id, p.entered_on as d from community_phase p" + chunk("p")
                + " where p.phase in ('ACTION', 'REFLECTION'))";
        // the month of each day and the three after it, each kept when its last day is within the window: one pass
        String start = "date_trunc('month', a.d)";
        jdbc.sql(INSERT + "select distinct a.community_id, cast(" + start + " + interval '1' month * k.n as date),"
                        + " 'COMMUNITIES_ACTIVE', 1 from " + days + " a cross join (values (0), (1), (2), (3)) as k (n)"
                        + " where cast(" + start + " + interval '1' month * (k.n + 1) - interval '1' day as date)"
                        + " <= a.d + " + Activity.WINDOW_DAYS)
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

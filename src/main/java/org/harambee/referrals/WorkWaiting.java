package org.harambee.referrals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.referrals.internal.ReferralRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referrals module's API for a home page: what waits for a person, as counts read in one query each (on the
 * indexes by sender, by service point and by unit path), never as lists of every referral. No scope check here beyond
 * the scope or user the caller passes: callers pass the signed-in user's.
 */
@Service
@Transactional(readOnly = true)
public class WorkWaiting {

    /** What waits for the sender of referrals: drafts, SMS concerns to complete, answers and feedback. */
    public record SenderWork(long drafts, long smsToComplete, long waitingForAnswer, long newFeedback) {}

    /** One referral waiting at a queue, by its reference only. */
    public record Waiting(UUID id, String reference, Priority priority, Instant dueAt, boolean overdue) {}

    /** What waits at the queues an officer works: how many, how many overdue, the first few by deadline. */
    public record QueueWork(long waiting, long overdue, List<Waiting> first) {}

    private final JdbcClient jdbc;
    private final ServicePoints servicePoints;

    WorkWaiting(JdbcClient jdbc, ServicePoints servicePoints) {
        this.jdbc = jdbc;
        this.servicePoints = servicePoints;
    }

    /** The referrals {@code username} made; feedback counts as new when it came after {@code feedbackSince}. */
    public SenderWork sender(String username, Instant feedbackSince) {
        return jdbc.sql("select"
                        + " coalesce(sum(case when status = :draft and source <> :sms then 1 else 0 end), 0) drafts,"
                        + " coalesce(sum(case when status = :draft and source = :sms then 1 else 0 end), 0)"
                        + " sms_to_complete,"
                        + " coalesce(sum(case when status in (:awaiting) then 1 else 0 end), 0) waiting_for_answer,"
                        + " coalesce(sum(case when feedback_message is not null and updated_at >= :since"
                        + " then 1 else 0 end), 0) new_feedback"
                        + " from referral where created_by = :user")
                .param("draft", ReferralStatus.DRAFT.name())
                .param("sms", "SMS")
                .param("awaiting", ReferralRecords.AWAITING_ANSWER)
                .param("since", Timestamp.from(feedbackSince))
                .param("user", username == null ? "" : username)
                .query(SenderWork.class)
                .single();
    }

    /** The referrals waiting for an answer at the queues {@code username} works, overdue first, then by deadline. */
    public QueueWork queues(String username, Instant now, int first) {
        List<UUID> queues = servicePoints.workedBy(username).stream()
                .map(ServicePointRef::id)
                .toList();
        if (queues.isEmpty()) {
            return new QueueWork(0, 0, List.of());
        }
        Map<String, Object> params = new HashMap<>();
        params.put("queues", queues);
        params.put("awaiting", ReferralRecords.AWAITING_ANSWER);
        params.put("now", Timestamp.from(now));
        String where = " from referral where service_point_id in (:queues) and status in (:awaiting)";
        record Counts(long waiting, long overdue) {}
        Counts counts = jdbc.sql("select count(*) waiting,"
                        + " coalesce(sum(case when due_at < :now then 1 else 0 end), 0) overdue" + where)
                .params(params)
                .query(Counts.class)
                .single();
        List<Waiting> rows = jdbc.sql("select id, reference, priority, due_at" + where
                        + " order by case when due_at is null then 1 else 0 end, due_at, id limit :first")
                .params(params)
                .param("first", first)
                .query((rs, i) -> {
                    Timestamp due = rs.getTimestamp("due_at");
                    return new Waiting(
                            rs.getObject("id", UUID.class),
                            rs.getString("reference"),
                            Priority.valueOf(rs.getString("priority")),
                            due == null ? null : due.toInstant(),
                            due != null && due.toInstant().isBefore(now));
                })
                .list();
        return new QueueWork(counts.waiting(), counts.overdue(), rows);
    }

    /** Referrals in {@code scope} waiting for an off-platform office that holds a one-time link still usable. */
    public long linksUnanswered(Scope scope, Instant now) {
        Map<String, Object> params = new HashMap<>();
        String within = UnitPaths.within(scope, "r.unit_path", "s", params);
        return jdbc.sql("select count(distinct r.id) from referral r join referral_link l on l.referral_id = r.id"
                        + " where r.status in (:awaiting) and l.revoked_at is null and l.expires_at > :now and "
                        + within)
                .params(params)
                .param("awaiting", ReferralRecords.AWAITING_ANSWER)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** Referrals {@code username} sent that wait for an off-platform office holding a one-time link still usable. */
    public long linksUnansweredSentBy(String username, Instant now) {
        return jdbc.sql("select count(distinct r.id) from referral r join referral_link l on l.referral_id = r.id"
                        + " where r.created_by = :user and r.status in (:awaiting) and l.revoked_at is null"
                        + " and l.expires_at > :now")
                .param("user", username == null ? "" : username)
                .param("awaiting", ReferralRecords.AWAITING_ANSWER)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** Referrals in {@code scope} escalated and still waiting, or with no level left to escalate to. */
    public long escalations(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        String within = UnitPaths.within(scope, "unit_path", "s", params);
        return jdbc.sql("select count(*) from referral where status in (:awaiting)"
                        + " and (status = :escalated or escalation_exhausted = true) and " + within)
                .params(params)
                .param("awaiting", ReferralRecords.AWAITING_ANSWER)
                .param("escalated", ReferralStatus.ESCALATED.name())
                .query(Long.class)
                .single();
    }

    /** Referrals sent for a consent decision inside {@code scope} (the decider's OVERRIDE_CONSENT scope). */
    public long consentDecisions(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        String within = UnitPaths.within(scope, "unit_path", "s", params);
        return jdbc.sql("select count(*) from referral where status = :deciding and " + within)
                .params(params)
                .param("deciding", ReferralStatus.AWAITING_CONSENT_DECISION.name())
                .query(Long.class)
                .single();
    }
}

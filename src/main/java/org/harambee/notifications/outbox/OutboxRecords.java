package org.harambee.notifications.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.notifications.Channel;
import org.harambee.notifications.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table {@code notification_outbox}. A sender claims due rows with {@code for update skip locked} (PostgreSQL, and
 * H2 2.x) and marks them {@code SENDING} with its claim and a lease in the same short transaction, so that two nodes
 * never claim the same row; a row whose lease ran out (its node died while sending) is due again. Every outcome is
 * written only where the row still carries the writer's claim.
 */
@Repository
public class OutboxRecords {

    private static final String COLUMNS = "id, recipient_kind, recipient, address, channel, language, template,"
            + " parameters, secret, carries_secret, urgency, status, attempts, next_attempt_at, last_error, claimed_by, claimed_until,"
            + " created_at, sent_at";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    /** A row as stored, mapped by name. */
    private record Row(
            UUID id,
            String recipientKind,
            String recipient,
            String address,
            Channel channel,
            String language,
            String template,
            String parameters,
            String secret,
            boolean carriesSecret,
            Urgency urgency,
            OutboxStatus status,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            String claimedBy,
            Instant claimedUntil,
            Instant createdAt,
            Instant sentAt) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OutboxRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Writes a queued row in the caller's transaction. */
    public void insert(OutboxRow r) {
        jdbc.sql("insert into notification_outbox (id, recipient_kind, recipient, address, channel, language, template,"
                        + " parameters, secret, carries_secret, urgency, status, attempts, next_attempt_at, created_at)"
                        + " values (:id, :kind, :recipient, :address, :channel, :language, :template, :parameters,"
                        + " :secret, :carriesSecret, :urgency, :status, 0, :due, :createdAt)")
                .param("id", r.id())
                .param("kind", r.recipientKind())
                .param("recipient", r.recipient())
                .param("address", r.address())
                .param("channel", r.channel().name())
                .param("language", r.language())
                .param("template", r.template())
                .param("parameters", json.writeValueAsString(r.parameters()))
                .param("secret", r.secret())
                .param("carriesSecret", r.secret() != null)
                .param("urgency", r.urgency().name())
                .param("status", OutboxStatus.QUEUED.name())
                .param("due", Timestamp.from(r.nextAttemptAt()))
                .param("createdAt", Timestamp.from(r.createdAt()))
                .update();
    }

    /**
     * Claims up to {@code limit} due rows of these channels for {@code claim} until {@code until}, counting an attempt
     * on each; to be called in a transaction of its own, which holds the row locks only while it claims.
     */
    List<OutboxRow> claim(Collection<Channel> channels, String claim, Instant now, Instant until, int limit) {
        if (channels.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = jdbc.sql("select id from notification_outbox where channel in (:channels) and"
                        + " ((status = :queued and next_attempt_at <= :now) or (status = :sending and claimed_until < :now))"
                        + " order by next_attempt_at limit :limit for update skip locked")
                .param("channels", channels.stream().map(Channel::name).toList())
                .param("queued", OutboxStatus.QUEUED.name())
                .param("sending", OutboxStatus.SENDING.name())
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(UUID.class)
                .list();
        if (ids.isEmpty()) {
            return List.of();
        }
        jdbc.sql("update notification_outbox set status = :sending, claimed_by = :claim, claimed_until = :until,"
                        + " attempts = attempts + 1 where id in (:ids)")
                .param("sending", OutboxStatus.SENDING.name())
                .param("claim", claim)
                .param("until", Timestamp.from(until))
                .param("ids", ids)
                .update();
        return jdbc
                .sql("select " + COLUMNS + " from notification_outbox where claimed_by = :claim and id in (:ids)")
                .param("claim", claim)
                .param("ids", ids)
                .query(Row.class)
                .list()
                .stream()
                .map(this::row)
                .toList();
    }

    /** Marks these rows of the claim sent and erases their secrets; returns how many were still the claim's. */
    int sent(Collection<UUID> ids, String claim, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("update notification_outbox set status = :sent, sent_at = :now, secret = null,"
                        + " claimed_until = null, last_error = null"
                        + " where id in (:ids) and claimed_by = :claim and status = :sending")
                .param("sent", OutboxStatus.SENT.name())
                .param("now", Timestamp.from(now))
                .param("ids", ids)
                .param("claim", claim)
                .param("sending", OutboxStatus.SENDING.name())
                .update();
    }

    /**
     * A failed attempt of the claim: queued again from {@code retryAt}, or, when {@code retryAt} is null, failed for
     * good with its secret erased.
     */
    void attemptFailed(UUID id, String claim, String error, Instant retryAt) {
        boolean last = retryAt == null;
        jdbc.sql("update notification_outbox set status = :status, next_attempt_at = coalesce(:retryAt,"
                        + " next_attempt_at), last_error = :error, claimed_until = null"
                        + (last ? ", secret = null" : "")
                        + " where id = :id and claimed_by = :claim and status = :sending")
                .param("status", (last ? OutboxStatus.FAILED : OutboxStatus.QUEUED).name())
                .param("retryAt", last ? null : Timestamp.from(retryAt))
                .param("error", error.length() > 200 ? error.substring(0, 200) : error)
                .param("id", id)
                .param("claim", claim)
                .param("sending", OutboxStatus.SENDING.name())
                .update();
    }

    /** Queues a failed row again from {@code now} with its attempts counted afresh; false when it is not failed. */
    boolean requeue(UUID id, Instant now) {
        return jdbc.sql("update notification_outbox set status = :queued, attempts = 0, next_attempt_at = :now,"
                                + " claimed_by = null where id = :id and status = :failed and carries_secret = false")
                        .param("queued", OutboxStatus.QUEUED.name())
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("failed", OutboxStatus.FAILED.name())
                        .update()
                == 1;
    }

    Optional<OutboxRow> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from notification_outbox where id = ?")
                .param(id)
                .query(Row.class)
                .optional()
                .map(this::row);
    }

    /** One page of the log, newest first, of one status or all. */
    List<OutboxRow> page(OutboxStatus status, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        params.put("status", status == null ? "" : status.name());
        return jdbc
                .sql("select " + COLUMNS + " from notification_outbox"
                        + (status == null ? "" : " where status = :status")
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .params(params)
                .query(Row.class)
                .list()
                .stream()
                .map(this::row)
                .toList();
    }

    long count(OutboxStatus status) {
        return jdbc.sql("select count(*) from notification_outbox" + (status == null ? "" : " where status = :status"))
                .param("status", status == null ? "" : status.name())
                .query(Long.class)
                .single();
    }

    private OutboxRow row(Row r) {
        List<String> parameters = new ArrayList<>(json.readValue(r.parameters(), STRINGS));
        return new OutboxRow(
                r.id(),
                r.recipientKind(),
                r.recipient(),
                r.address(),
                r.channel(),
                r.language(),
                r.template(),
                parameters,
                r.secret(),
                r.carriesSecret(),
                r.urgency(),
                r.status(),
                r.attempts(),
                r.nextAttemptAt(),
                r.lastError(),
                r.claimedBy(),
                r.claimedUntil(),
                r.createdAt(),
                r.sentAt());
    }
}

package org.harambee.notifications.reminders;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code notification_reminder}: which reminders were queued, by kind, item, due date and recipient (its
 * primary key), so that each is queued once whatever the number of runs and nodes.
 */
@Repository
class ReminderRecords {

    /** A reminder's identity: a review or commitment ({@code itemId}) due on a day, to an account. */
    record Key(String kind, UUID itemId, LocalDate dueOn, String recipient) {}

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    ReminderRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The reminders already queued about these items, whatever their due date and recipient. */
    Set<Key> queuedFor(Collection<UUID> itemIds) {
        List<UUID> ids = List.copyOf(new HashSet<>(itemIds));
        Set<Key> queued = new HashSet<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            queued.addAll(jdbc.sql("select kind, item_id, due_on, recipient from notification_reminder"
                            + " where item_id in (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .query(Key.class)
                    .list());
        }
        return queued;
    }

    /**
     * Notes a reminder as queued, in the caller's transaction. A key already there fails the statement and so the
     * caller's transaction: a second writer that got past the job's lock queues nothing rather than a duplicate.
     */
    void insert(Key key, Instant now) {
        jdbc.sql("insert into notification_reminder (kind, item_id, due_on, recipient, created_at)"
                        + " values (:kind, :itemId, :dueOn, :recipient, :createdAt)")
                .param("kind", key.kind())
                .param("itemId", key.itemId())
                .param("dueOn", Date.valueOf(key.dueOn()))
                .param("recipient", key.recipient())
                .param("createdAt", Timestamp.from(now))
                .update();
    }
}

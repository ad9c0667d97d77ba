package org.harambee.referrals.lists;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.harambee.access.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices for the signed-in user: escalations and consent decisions waiting in their area (district coordinators), new
 * SMS concerns and consent decisions made on their referrals (facilitators). A notice names the referral by its
 * reference only.
 */
@Service
@Transactional
public class Notices {

    /**
     * One notice; kind ESCALATED, ESCALATED_OFF_PLATFORM, OVERDUE_NO_LEVEL_ABOVE, SMS_CONCERN, CONSENT_DECISION,
     * CONSENT_RETURNED or CONSENT_OVERRIDDEN.
     */
    public record Notice(UUID id, UUID referralId, String reference, String kind, Instant createdAt, Instant readAt) {}

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Notice> mine(boolean unreadOnly, int limit) {
        return jdbc.sql(
                        "select n.id, n.referral_id, r.reference, n.kind, n.created_at, n.read_at from referral_notice n"
                                + " join referral r on r.id = n.referral_id where n.username = ?"
                                + (unreadOnly ? " and n.read_at is null" : "")
                                + " order by n.created_at desc, n.id limit ?")
                .params(CurrentUser.name(), limit)
                .query(Notice.class)
                .list();
    }

    /** Marks all of the user's notices read; returns how many were unread. */
    public int markAllRead() {
        return jdbc.sql("update referral_notice set read_at = ? where username = ? and read_at is null")
                .params(Timestamp.from(Instant.now()), CurrentUser.name())
                .update();
    }
}

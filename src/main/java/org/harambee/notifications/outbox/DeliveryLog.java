package org.harambee.notifications.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.system.NotFoundException;
import org.harambee.system.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery log for administrators (MANAGE_INTEGRATIONS): pages of the outbox, newest first, by status, and a
 * failed row sent again by hand (audited). A row that carried a one-time link cannot be sent again, its link being
 * erased: a new link is issued from the referral instead.
 */
@Service
@Transactional
public class DeliveryLog {

    private final OutboxRecords records;
    private final OutboxSender sender;
    private final AuditTrail audit;

    DeliveryLog(OutboxRecords records, OutboxSender sender, AuditTrail audit) {
        this.records = records;
        this.sender = sender;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ResultPage<DeliveryEntry> page(OutboxStatus status, int page, int size) {
        int pageSize = ResultPage.size(size);
        int from = Math.max(page, 0);
        List<org.harambee.notifications.Channel> configured = sender.configuredChannels();
        return new ResultPage<>(
                records.page(status, from, pageSize).stream()
                        .map(r -> DeliveryEntry.of(r, configured.contains(r.channel())))
                        .toList(),
                from,
                pageSize,
                records.count(status));
    }

    /** Queues a failed row again; 404 for an unknown row, 409 for one that is not failed or carried a link. */
    public DeliveryEntry retry(UUID id) {
        OutboxRow row = records.find(id).orElseThrow(NotFoundException.of("notifications.notFound"));
        if (!records.requeue(id, Instant.now())) {
            throw new NotRetryableException(
                    row.carriesSecret() ? "notifications.retry.link" : "notifications.retry.notFailed");
        }
        audit.record(
                "NOTIFICATION_RETRIED",
                "notification",
                id.toString(),
                null,
                null,
                row.channel().name());
        OutboxRow requeued = records.find(id).orElseThrow();
        return DeliveryEntry.of(requeued, sender.configuredChannels().contains(requeued.channel()));
    }
}

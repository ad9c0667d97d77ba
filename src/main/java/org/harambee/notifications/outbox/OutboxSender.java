package org.harambee.notifications.outbox;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.notifications.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, on every node: a pass claims due rows of the configured channels (a short transaction,
 * {@code skip locked}, so nodes share the work and never take the same row), hands them to their gateways (a batch per
 * channel) with no transaction open, and writes the outcomes in a second short transaction: sent rows in one statement, a failed
 * attempt queued again after a doubling wait, and failed for good after the last attempt. A row of a channel with no
 * gateway configured is not claimed: it waits, queued, and the log says why.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRecords records;
    private final Rendering rendering;
    private final NotificationSettings settings;
    private final TransactionTemplate transaction;
    private final Map<Channel, Gateway> gateways = new EnumMap<>(Channel.class);
    private final String node = node();
    private final Clock clock = Clock.systemUTC();

    OutboxSender(
            OutboxRecords records,
            Rendering rendering,
            NotificationSettings settings,
            List<Gateway> gateways,
            PlatformTransactionManager transactions) {
        this.records = records;
        this.rendering = rendering;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        gateways.forEach(g -> this.gateways.putIfAbsent(g.channel(), g));
    }

    @Scheduled(
            fixedDelayString = "${harambee.notifications.interval:PT10S}",
            initialDelayString = "${harambee.notifications.interval:PT10S}")
    void scheduled() {
        if (!settings.senderEnabled()) {
            return;
        }
        int sent;
        do {
            sent = pass();
        } while (sent == settings.batchSize());
    }

    /** The channels with a configured gateway, whose rows a pass claims. */
    public List<Channel> configuredChannels() {
        return gateways.values().stream()
                .filter(Gateway::configured)
                .map(Gateway::channel)
                .toList();
    }

    /** One pass: claims up to a batch of due rows and delivers them; returns how many it claimed. */
    public int pass() {
        Instant now = clock.instant();
        String claim = node + "/" + UUID.randomUUID();
        List<OutboxRow> claimed = transaction.execute(status ->
                records.claim(configuredChannels(), claim, now, now.plus(settings.lease()), settings.batchSize()));
        List<UUID> sent = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        Map<Channel, List<Gateway.Outgoing>> outgoing = new EnumMap<>(Channel.class);
        Map<String, OutboxRow> byId = new HashMap<>();
        for (OutboxRow row : claimed) {
            byId.put(row.id().toString(), row);
            try {
                outgoing.computeIfAbsent(row.channel(), c -> new ArrayList<>()).add(rendering.render(row));
            } catch (DeliveryFailure e) {
                failed.add(new Failure(row, e.getMessage()));
            } catch (RuntimeException e) {
                failed.add(new Failure(row, "not rendered: " + e.getClass().getSimpleName()));
            }
        }
        outgoing.forEach((channel, messages) -> {
            Map<String, String> refused = gateways.get(channel).deliverAll(messages);
            for (Gateway.Outgoing message : messages) {
                OutboxRow row = byId.get(message.id());
                String error = refused.get(message.id());
                if (error == null) {
                    sent.add(row.id());
                } else {
                    failed.add(new Failure(row, error));
                }
            }
        });
        if (claimed.isEmpty()) {
            return 0;
        }
        Instant done = clock.instant();
        transaction.executeWithoutResult(status -> {
            records.sent(sent, claim, done);
            for (Failure f : failed) {
                boolean last = f.row().attempts() >= settings.maxAttempts();
                records.attemptFailed(
                        f.row().id(),
                        claim,
                        f.error(),
                        last ? null : done.plus(settings.backOff(f.row().attempts())));
            }
        });
        if (!failed.isEmpty()) {
            log.warn("Notifications: {} sent, {} attempts failed (see the delivery log)", sent.size(), failed.size());
        }
        return claimed.size();
    }

    private record Failure(OutboxRow row, String error) {}

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/"
                    + ProcessHandle.current().pid();
        } catch (Exception e) {
            return "node/" + ProcessHandle.current().pid();
        }
    }
}

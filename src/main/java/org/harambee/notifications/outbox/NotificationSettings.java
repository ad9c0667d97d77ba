package org.harambee.notifications.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sender's settings ({@code harambee.notifications.*}, docs/configuration.md): whether this node sends, how many
 * rows a pass claims and for how long (the lease, far longer than a gateway's timeout), the back-off between attempts
 * (doubling from {@code retryFirst} up to {@code retryMax}) and the number of attempts before a row fails; the e-mail
 * sender address, and RapidPro's address and token.
 */
@ConfigurationProperties("harambee.notifications")
public record NotificationSettings(
        @DefaultValue("true") boolean senderEnabled,
        @DefaultValue("100") int batchSize,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("30s") Duration retryFirst,
        @DefaultValue("1h") Duration retryMax,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("20s") Duration gatewayTimeout,
        @DefaultValue("") String mailFrom,
        @DefaultValue("") String rapidproUrl,
        @DefaultValue("") String rapidproToken) {

    public NotificationSettings {
        if (batchSize < 1 || maxAttempts < 1 || lease.compareTo(gatewayTimeout.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("harambee.notifications: batch-size and max-attempts must be at least 1,"
                    + " and the lease at least twice the gateway timeout");
        }
    }

    /** The wait after the {@code attempts}-th failed attempt: doubling from the first, capped. */
    Duration backOff(int attempts) {
        Duration wait = retryFirst;
        for (int i = 1; i < attempts && wait.compareTo(retryMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }
}

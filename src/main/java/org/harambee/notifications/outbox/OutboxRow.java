package org.harambee.notifications.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.harambee.notifications.Channel;
import org.harambee.notifications.Urgency;
import org.harambee.system.Ids;

/**
 * One message of the outbox. {@code recipientKind} is {@code ACCOUNT} (recipient = username) or {@code ADDRESS} (a
 * service point's phone or e-mail; recipient = its id). {@code parameters} are the template's parameters (references
 * and links, never a child's identity); {@code secret} (a one-time link) is kept only until the message is sent or
 * has failed for good
 * ({@code carriesSecret} says that it had one).
 */
public record OutboxRow(
        UUID id,
        String recipientKind,
        String recipient,
        String address,
        Channel channel,
        String language,
        String template,
        List<String> parameters,
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
        Instant sentAt) {

    public static OutboxRow queued(
            String recipientKind,
            String recipient,
            String address,
            Channel channel,
            String language,
            String template,
            List<String> parameters,
            String secret,
            Urgency urgency,
            Instant due,
            Instant now) {
        return new OutboxRow(
                Ids.newId(),
                recipientKind,
                recipient,
                address,
                channel,
                language,
                template,
                List.copyOf(parameters),
                secret,
                secret != null,
                urgency,
                OutboxStatus.QUEUED,
                0,
                due,
                null,
                null,
                null,
                now,
                null);
    }

    /** The parameters the message is rendered with: the row's, then the secret when there is one. */
    List<String> renderedParameters() {
        if (secret == null) {
            return parameters;
        }
        List<String> all = new java.util.ArrayList<>(parameters);
        all.add(secret);
        return all;
    }
}

package org.harambee.notifications.outbox;

import java.time.Instant;
import java.util.UUID;
import org.harambee.notifications.Channel;
import org.harambee.notifications.Urgency;

/**
 * One line of the delivery log as administrators see it: the recipient masked (the account's username, or a
 * service point's address with all but its ends hidden), what was sent and how it went. No message text, no
 * parameters.
 */
public record DeliveryEntry(
        UUID id,
        String recipientKind,
        String recipient,
        String address,
        Channel channel,
        String template,
        Urgency urgency,
        OutboxStatus status,
        int attempts,
        String lastError,
        boolean channelConfigured,
        boolean retryable,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt) {

    static DeliveryEntry of(OutboxRow r, boolean channelConfigured) {
        return new DeliveryEntry(
                r.id(),
                r.recipientKind(),
                "ACCOUNT".equals(r.recipientKind()) ? r.recipient() : null,
                mask(r.address()),
                r.channel(),
                r.template(),
                r.urgency(),
                r.status(),
                r.attempts(),
                r.lastError(),
                channelConfigured,
                r.status() == OutboxStatus.FAILED && !r.carriesSecret(),
                r.createdAt(),
                r.nextAttemptAt(),
                r.sentAt());
    }

    /** {@code a•••@example.org} for an e-mail address, {@code +23•••••67} for a phone: enough to tell two apart. */
    static String mask(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        int at = address.indexOf('@');
        if (at > 0) {
            return address.charAt(0) + "•••" + address.substring(at);
        }
        String digits = address.replaceAll("\\s", "");
        if (digits.length() <= 4) {
            return "•".repeat(digits.length());
        }
        return digits.substring(0, 3) + "•".repeat(digits.length() - 5) + digits.substring(digits.length() - 2);
    }
}

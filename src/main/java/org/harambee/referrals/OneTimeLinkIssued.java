package org.harambee.referrals;

import java.time.Instant;
import java.util.UUID;

/**
 * A one-time link was issued for a service point that is not on the platform, with the phone and e-mail address
 * recorded on the service point, so that the link can be sent to it. It carries the link's token, a secret: only a
 * synchronous listener may take it (never an {@code @ApplicationModuleListener}, whose publication registry would
 * store it), and the token must not be kept readable at rest (docs/decisions/0026).
 */
public record OneTimeLinkIssued(
        UUID referralId,
        String reference,
        Priority priority,
        UUID servicePointId,
        String phone,
        String email,
        String token,
        Instant expiresAt) {

    @Override
    public String toString() {
        return "OneTimeLinkIssued[referralId=" + referralId + ", servicePointId=" + servicePointId + "]";
    }
}

package org.harambee.referrals.links;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.harambee.referrals.OneTimeLinkIssued;
import org.harambee.referrals.Priority;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time links for service points that are not on the platform: a random token (256 bits) that answers for one
 * referral at one service point until it expires, the referral leaves that service point, or it is finished. Only the
 * token's SHA-256 digest is stored, so a copy of the database opens no link.
 */
@Component
public class OneTimeLinks {

    /** A link that still works: the referral and the service point it answers for. */
    record Link(String tokenHash, UUID referralId, UUID servicePointId, Instant expiresAt) {}

    private final JdbcClient jdbc;
    private final Duration validity;
    private final SecureRandom random = new SecureRandom();
    private final ApplicationEventPublisher events;

    OneTimeLinks(
            JdbcClient jdbc,
            @Value("${harambee.referrals.link-validity:P30D}") String validity,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.validity = Duration.parse(validity);
        this.events = events;
    }

    /** A new link; earlier links of the referral stop working. Returns the token, shown once. */
    public String create(UUID referralId, UUID servicePointId, String createdBy, Instant now) {
        revoke(referralId, now);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into referral_link (token_hash, referral_id, service_point_id, created_by, created_at,"
                        + " expires_at) values (?, ?, ?, ?, ?, ?)")
                .params(
                        hash(token),
                        referralId,
                        servicePointId,
                        createdBy,
                        Timestamp.from(now),
                        Timestamp.from(now.plus(validity)))
                .update();
        events.publishEvent(issued(referralId, servicePointId, token, now.plus(validity)));
        return token;
    }

    /** What the link's message needs: the reference, the priority and where the service point takes messages. */
    private OneTimeLinkIssued issued(UUID referralId, UUID servicePointId, String token, Instant expiresAt) {
        return jdbc.sql("select r.reference, r.priority, p.phone, p.email from referral r, referral_service_point p"
                        + " where r.id = ? and p.id = ?")
                .params(referralId, servicePointId)
                .query((rs, i) -> new OneTimeLinkIssued(
                        referralId,
                        rs.getString(1),
                        Priority.valueOf(rs.getString(2)),
                        servicePointId,
                        rs.getString(3),
                        rs.getString(4),
                        token,
                        expiresAt))
                .single();
    }

    /** The link this token opens, when it exists, is not revoked and has not expired. */
    Optional<Link> find(String token, Instant now) {
        if (token == null || token.length() < 40 || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("select token_hash, referral_id, service_point_id, expires_at from referral_link"
                        + " where token_hash = ? and revoked_at is null and expires_at > ?")
                .params(hash(token), Timestamp.from(now))
                .query(Link.class)
                .optional();
    }

    void used(Link link, Instant now) {
        jdbc.sql("update referral_link set last_used_at = ? where token_hash = ?")
                .params(Timestamp.from(now), link.tokenHash())
                .update();
    }

    public void revoke(UUID referralId, Instant now) {
        jdbc.sql("update referral_link set revoked_at = ? where referral_id = ? and revoked_at is null")
                .params(Timestamp.from(now), referralId)
                .update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

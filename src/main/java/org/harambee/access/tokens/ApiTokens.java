package org.harambee.access.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.system.Ids;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for integrations and scripts: {@code hmb_} and 43 random characters, shown once, kept as a
 * SHA-256 digest, valid for 1 to 365 days, revocable. A token acts as its owner, with the owner's roles.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "hmb_";
    public static final int MAX_DAYS = 365;

    /** A token as its owner sees it, without the secret. */
    public record TokenView(
            UUID id,
            String name,
            String shownPrefix,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {}

    /** A new token: the only time its secret is seen. */
    public record NewToken(TokenView token, String secret) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    ApiTokens(JdbcClient jdbc, AuditTrail audit) {
        this(jdbc, audit, Clock.systemUTC());
    }

    ApiTokens(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public NewToken create(String username, String name, int days) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = Ids.newId();
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(days));
        int inserted = jdbc.sql(
                        "insert into access_token (id, user_id, name, digest, shown_prefix, created_at, expires_at)"
                                + " select ?, id, ?, ?, ?, ?, ? from access_user where username = ?")
                .params(
                        id,
                        name.trim(),
                        digest(secret),
                        secret.substring(0, 8),
                        Timestamp.from(now),
                        Timestamp.from(expires),
                        normalise(username))
                .update();
        if (inserted != 1) {
            throw new IllegalStateException("no such account");
        }
        audit.recordAs(username, "TOKEN_CREATED", "token", id.toString(), null, null, "expires " + expires);
        return new NewToken(new TokenView(id, name.trim(), secret.substring(0, 8), now, expires, null, null), secret);
    }

    public List<TokenView> of(String username) {
        return jdbc.sql("select t.id, t.name, t.shown_prefix, t.created_at, t.expires_at, t.last_used_at, t.revoked_at"
                        + " from access_token t join access_user u on u.id = t.user_id where u.username = ?"
                        + " order by t.created_at desc")
                .param(normalise(username))
                .query((rs, i) -> new TokenView(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)),
                        instant(rs.getTimestamp(7))))
                .list();
    }

    /** Revokes one of the user's own tokens; false when the user has no such token. */
    @Transactional
    public boolean revoke(String username, UUID id) {
        boolean revoked = jdbc.sql("update access_token set revoked_at = ? where id = ? and revoked_at is null"
                                + " and user_id = (select id from access_user where username = ?)")
                        .params(Timestamp.from(clock.instant()), id, normalise(username))
                        .update()
                == 1;
        if (revoked) {
            audit.recordAs(username, "TOKEN_REVOKED", "token", id.toString(), null, null, null);
        }
        return revoked;
    }

    /** Revokes every token of the user that is still valid; how many. */
    @Transactional
    public int revokeAllOf(String username) {
        return jdbc.sql("update access_token set revoked_at = ? where revoked_at is null"
                        + " and user_id = (select id from access_user where username = ?)")
                .params(Timestamp.from(clock.instant()), normalise(username))
                .update();
    }

    /** The username a valid, unexpired, unrevoked token belongs to; notes when it was last used. */
    @Transactional
    Optional<String> owner(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Timestamp now = Timestamp.from(clock.instant());
        String digest = digest(secret);
        Optional<String> owner = jdbc.sql("select u.username from access_token t join access_user u on u.id = t.user_id"
                        + " where t.digest = ? and t.revoked_at is null and t.expires_at > ? and u.enabled = true")
                .params(digest, now)
                .query(String.class)
                .optional();
        // At most one write a minute per token: a busy integration should not turn every read into a write.
        owner.ifPresent(u -> jdbc.sql("update access_token set last_used_at = ? where digest = ?"
                        + " and (last_used_at is null or last_used_at < ?)")
                .params(now, digest, Timestamp.from(clock.instant().minusSeconds(60)))
                .update());
        return owner;
    }

    static String digest(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    private static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}

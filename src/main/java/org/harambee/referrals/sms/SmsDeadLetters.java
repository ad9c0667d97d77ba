package org.harambee.referrals.sms;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.harambee.referrals.internal.IdentityCipher;
import org.harambee.system.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SMS payloads that could not be taken in, sealed like identifying details (they may name a child), with the reason
 * and the number of attempts. A payload that fails again under the same run id counts as another attempt of the same
 * dead letter.
 */
@Component
class SmsDeadLetters {

    private final JdbcClient jdbc;
    private final IdentityCipher cipher;

    private final TransactionTemplate transaction;

    SmsDeadLetters(JdbcClient jdbc, IdentityCipher cipher, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.transaction = transaction;
    }

    /**
     * Keeps a payload, in a short transaction of its own. Called after the failed intake's transaction rolled back,
     * never inside another one: a second transaction would take a second connection while the first holds one.
     */
    UUID keep(String key, byte[] payload, String error) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a dead letter is kept outside any other transaction");
        }
        return transaction.execute(status -> write(key, payload, error));
    }

    private UUID write(String key, byte[] payload, String error) {
        Instant now = Instant.now();
        if (key != null) {
            Optional<UUID> open = jdbc.sql("select id from referral_sms_dead_letter where idempotency_key = ?"
                            + " and resolved_at is null")
                    .param(key)
                    .query(UUID.class)
                    .optional();
            if (open.isPresent()) {
                failed(open.get(), error);
                return open.get();
            }
        }
        UUID id = Ids.newId();
        IdentityCipher.Sealed sealed = cipher.seal(payload, id.toString());
        jdbc.sql("insert into referral_sms_dead_letter (id, idempotency_key, error, payload_key_id, payload,"
                        + " received_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, key, SmsPayload.clip(error, 500), sealed.keyId(), sealed.bytes(), Timestamp.from(now))
                .update();
        return id;
    }

    List<DeadLetterReplay.Letter> list(boolean open, int page, int size) {
        return jdbc.sql(
                        "select id, idempotency_key, error, received_at, attempts, resolved_at, resolved_by, referral_id"
                                + " from referral_sms_dead_letter" + (open ? " where resolved_at is null" : "")
                                + " order by received_at desc, id limit ? offset ?")
                .params(size, (long) page * size)
                .query(DeadLetterReplay.Letter.class)
                .list();
    }

    long count(boolean open) {
        return jdbc.sql("select count(*) from referral_sms_dead_letter" + (open ? " where resolved_at is null" : ""))
                .query(Long.class)
                .single();
    }

    /**
     * The payload of an unresolved dead letter. Not locked: two replays at once are safe, because the intake takes a
     * run id in once and the second replay finds it taken.
     */
    Optional<byte[]> payload(UUID id) {
        return jdbc.sql("select payload_key_id as key_id, payload as bytes from referral_sms_dead_letter where id = ?"
                        + " and resolved_at is null")
                .param(id)
                .query(IdentityCipher.Sealed.class)
                .optional()
                .map(payload -> cipher.open(payload, id.toString()));
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from referral_sms_dead_letter where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional
    void resolved(UUID id, UUID referralId, String by) {
        jdbc.sql("update referral_sms_dead_letter set resolved_at = ?, resolved_by = ?, referral_id = ?, attempts ="
                        + " attempts + 1 where id = ? and resolved_at is null")
                .params(Timestamp.from(Instant.now()), by, referralId, id)
                .update();
    }

    @Transactional
    void failed(UUID id, String error) {
        jdbc.sql("update referral_sms_dead_letter set error = ?, attempts = attempts + 1 where id = ?")
                .params(SmsPayload.clip(error, 500), id)
                .update();
    }
}

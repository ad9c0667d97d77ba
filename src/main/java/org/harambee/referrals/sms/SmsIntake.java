package org.harambee.referrals.sms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.AccountLookup;
import org.harambee.access.AccountRef;
import org.harambee.access.Role;
import org.harambee.communities.Communities;
import org.harambee.communities.CommunityRef;
import org.harambee.referrals.Priority;
import org.harambee.referrals.ReferralConflictException;
import org.harambee.referrals.ReferralInput;
import org.harambee.referrals.drafting.ReferralDrafting;
import org.harambee.referrals.internal.ReferralRecords;
import org.harambee.referrals.model.Referral;
import org.harambee.system.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS intake from RapidPro: a flow's webhook call becomes a draft concern for the community's facilitator, who
 * completes it, records consent and sends it. Taken in once per run (or message) id; a payload that cannot be taken
 * in is kept, sealed, in the dead letters for an administrator to replay once the cause is fixed.
 */
@Service
public class SmsIntake {

    /** What the webhook's answer says happened, for a flow to branch on. */
    public enum Outcome {
        /** A draft was made for the community's facilitator. */
        CREATED,
        /** The same payload was taken in before: nothing changed, the draft exists. */
        DUPLICATE,
        /** Not taken in: kept, sealed, in the dead letters for an administrator. */
        KEPT_FOR_REVIEW
    }

    /**
     * What the webhook answers: {@code ok} (the concern is in: made now or before), the outcome, the draft's id and
     * reference, or the dead letter it waits in.
     */
    public record Result(boolean ok, Outcome status, UUID referralId, String reference, UUID deadLetterId) {}

    /** Why a payload could not be taken in (kept with the dead letter; never holds personal data). */
    static class Rejected extends RuntimeException {
        Rejected(String reason) {
            super(reason);
        }
    }

    private static final String DUPLICATE_CODE = "referrals.sms.duplicate";

    private final byte[] secret;
    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final ReferralDrafting drafting;
    private final ReferralRecords records;
    private final Communities communities;
    private final AccountLookup accounts;
    private final SmsDeadLetters deadLetters;
    private final TransactionTemplate transaction;

    SmsIntake(
            @Value("${harambee.sms.rapidpro-secret:}") String secret,
            JsonMapper json,
            JdbcClient jdbc,
            ReferralDrafting drafting,
            ReferralRecords records,
            Communities communities,
            AccountLookup accounts,
            SmsDeadLetters deadLetters,
            TransactionTemplate transaction) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.json = json;
        this.jdbc = jdbc;
        this.drafting = drafting;
        this.records = records;
        this.communities = communities;
        this.accounts = accounts;
        this.deadLetters = deadLetters;
        this.transaction = transaction;
    }

    /** 401 (an authentication failure) without the shared secret: checked before the body is read. */
    public void authenticate(String givenSecret) {
        if (secret.length == 0
                || givenSecret == null
                || !MessageDigest.isEqual(secret, givenSecret.getBytes(StandardCharsets.UTF_8))) {
            throw new BadCredentialsException("wrong or missing SMS intake secret");
        }
    }

    /**
     * A webhook call already authenticated: the draft made, the one made before for the same payload, or the dead
     * letter it was kept as. The dead letter is written after the intake's transaction rolled back, in its own.
     */
    public Result receive(byte[] body) {
        String key = null;
        try {
            SmsPayload payload = new SmsPayload(json.readTree(body));
            key = key(payload);
            UUID id = takeIn(payload, key);
            return new Result(true, Outcome.CREATED, id, reference(id), null);
        } catch (ReferralConflictException e) {
            if (!DUPLICATE_CODE.equals(e.code())) {
                throw e;
            }
            UUID earlier = jdbc.sql("select referral_id from referral_sms_intake where idempotency_key = ?")
                    .param(key)
                    .query(UUID.class)
                    .optional()
                    .orElse(null);
            return new Result(true, Outcome.DUPLICATE, earlier, earlier == null ? null : reference(earlier), null);
        } catch (JacksonException e) {
            return kept(key, body, "not JSON");
        } catch (Rejected e) {
            return kept(key, body, e.getMessage());
        } catch (InvalidInputException e) {
            return kept(
                    key,
                    body,
                    "invalid: " + e.problems().stream().map(p -> p.field()).toList());
        }
    }

    private static String key(SmsPayload payload) {
        return payload.idempotencyKey()
                .orElseThrow(() -> new Rejected("no run or message uuid, and no flow and contact uuid"));
    }

    private String reference(UUID id) {
        return records.find(id).map(Referral::reference).orElse(null);
    }

    /** Takes a payload in within one transaction; 409 when its key was taken in before. */
    UUID takeIn(SmsPayload payload, String key) {
        Optional<String> earlier = jdbc.sql("select r.reference from referral_sms_intake i left join referral r"
                        + " on r.id = i.referral_id where i.idempotency_key = ?")
                .param(key)
                .query(String.class)
                .optional();
        if (earlier.isPresent()) {
            throw new ReferralConflictException(DUPLICATE_CODE, earlier.get());
        }
        try {
            return transaction.execute(status -> {
                jdbc.sql("insert into referral_sms_intake (idempotency_key, received_at) values (?, ?)")
                        .params(key, Timestamp.from(Instant.now()))
                        .update();
                UUID communityId = payload.community().orElseThrow(() -> new Rejected("no community id in results"));
                CommunityRef community = communities
                        .find(communityId)
                        .orElseThrow(() -> new Rejected("unknown community " + communityId));
                String owner = owner(payload, community);
                UUID id = drafting.create(input(payload, communityId), owner, "SMS");
                jdbc.sql("update referral_sms_intake set referral_id = ? where idempotency_key = ?")
                        .params(id, key)
                        .update();
                records.notice(owner, id, "SMS_CONCERN", Instant.now());
                return id;
            });
        } catch (DuplicateKeyException e) {
            throw new ReferralConflictException(DUPLICATE_CODE, key);
        }
    }

    private String owner(SmsPayload payload, CommunityRef community) {
        Optional<String> named = payload.result("facilitator");
        var covering = accounts.holding(Role.COMMUNITY_FACILITATOR, community.unitPath());
        if (named.isPresent()) {
            return covering.stream()
                    .map(AccountRef::username)
                    .filter(u -> u.equalsIgnoreCase(named.get().trim()))
                    .findFirst()
                    .orElseThrow(() -> new Rejected("the named facilitator does not cover the community"));
        }
        return covering.stream()
                .map(AccountRef::username)
                .findFirst()
                .orElseThrow(() -> new Rejected("no facilitator account covers the community"));
    }

    private static ReferralInput input(SmsPayload p, UUID communityId) {
        String disability = p.choice("disability").orElse("");
        return new ReferralInput(
                communityId,
                p.choice("category").orElse(null),
                p.choice("priority").orElse(Priority.NORMAL.name()),
                p.choice("age_band").orElse(null),
                p.choice("sex").orElse(null),
                disability.equals("YES") || disability.equals("TRUE") || disability.equals("Y"),
                SmsPayload.clip(p.text("reason").orElse(null), 500),
                null,
                SmsPayload.clip(p.text("child_name").orElse(null), 200),
                null,
                null,
                SmsPayload.clip(p.contactUrn().orElse(null), 100),
                null,
                null);
    }

    private Result kept(String key, byte[] body, String reason) {
        return new Result(false, Outcome.KEPT_FOR_REVIEW, null, null, deadLetters.keep(key, body, reason));
    }

    /** Replays a kept payload (the dead letters call it). */
    UUID replay(byte[] body) {
        try {
            SmsPayload payload = new SmsPayload(json.readTree(body));
            return takeIn(payload, key(payload));
        } catch (JacksonException e) {
            throw new Rejected("not JSON");
        } catch (InvalidInputException e) {
            throw new Rejected(
                    "invalid: " + e.problems().stream().map(p -> p.field()).toList());
        }
    }
}

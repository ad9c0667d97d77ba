package org.harambee.referrals.sms;

import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.referrals.ReferralConflictException;
import org.harambee.system.NotFoundException;
import org.harambee.system.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' side of SMS intake: the dead letters (without their payloads) and their replay, once the
 * cause is fixed (an account made for the community's facilitator, say). A replay that fails again stays a dead letter
 * with the new reason and one more attempt; every replay is audited.
 */
@Service
public class DeadLetterReplay {

    /** A dead letter as administrators see it: never its payload. */
    public record Letter(
            UUID id,
            String idempotencyKey,
            String error,
            java.time.Instant receivedAt,
            int attempts,
            java.time.Instant resolvedAt,
            String resolvedBy,
            UUID referralId) {}

    /** The outcome of a replay: the draft made, or why it failed again. */
    public record Outcome(UUID deadLetterId, boolean resolved, UUID referralId, String error) {}

    private final SmsDeadLetters letters;
    private final SmsIntake intake;
    private final AuditTrail audit;

    DeadLetterReplay(SmsDeadLetters letters, SmsIntake intake, AuditTrail audit) {
        this.letters = letters;
        this.intake = intake;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ResultPage<Letter> list(boolean open, int page, int size) {
        return new ResultPage<>(letters.list(open, page, size), page, size, letters.count(open));
    }

    /** Not one transaction: the take-in commits on its own, then the dead letter is marked (see SmsDeadLetters). */
    public Outcome replay(UUID id) {
        byte[] payload = letters.payload(id)
                .orElseThrow(() -> letters.exists(id)
                        ? new ReferralConflictException("referrals.sms.alreadyResolved")
                        : new NotFoundException("problem.referralNotFound"));
        String user = CurrentUser.name();
        audit.record("SMS_DEAD_LETTER_REPLAYED", "sms-dead-letter", id.toString(), null, null, null);
        try {
            UUID referralId = intake.replay(payload);
            letters.resolved(id, referralId, user);
            return new Outcome(id, true, referralId, null);
        } catch (SmsIntake.Rejected e) {
            letters.failed(id, e.getMessage());
            return new Outcome(id, false, null, e.getMessage());
        } catch (ReferralConflictException e) {
            letters.resolved(id, null, user);
            return new Outcome(id, true, null, "already taken in");
        }
    }
}

package org.harambee.referrals;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Small rules every referral use case shares: who is signed in, who sent a referral, references, field lengths. */
final class ReferralRules {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] REFERENCE_CHARS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private ReferralRules() {}

    static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName().toLowerCase(Locale.ROOT);
    }

    static boolean isSender(ReferralRecords.Row row, String user) {
        return user != null && user.equals(row.createdBy());
    }

    /** The sender may act on their referral while they may still refer children from its community. */
    static void requireSender(ReferralRecords.Row row, Scopes scopes) {
        if (!isSender(row, currentUser()) || !scopes.permits(Permission.CREATE_REFERRALS, row.unitPath())) {
            throw new AccessDeniedException("not the referral's sender");
        }
    }

    /** A short reference to quote on the phone: R- and eight characters that cannot be misread (no 0/O, 1/I). */
    static String newReference() {
        StringBuilder reference = new StringBuilder("R-");
        for (int i = 0; i < 8; i++) {
            reference.append(REFERENCE_CHARS[RANDOM.nextInt(REFERENCE_CHARS.length)]);
        }
        return reference.toString();
    }

    static void length(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "referrals.tooLong", max));
        }
    }

    static ReferralRecords.Row withConsent(
            ReferralRecords.Row r,
            Boolean caregiverConsent,
            Boolean childAssent,
            String scope,
            Instant recordedAt,
            String recordedBy,
            String overrideReason,
            String overriddenBy,
            Instant now) {
        return new ReferralRecords.Row(
                r.id(),
                r.reference(),
                r.communityId(),
                r.unitId(),
                r.unitPath(),
                r.category(),
                r.priority(),
                r.ageBand(),
                r.sex(),
                r.disability(),
                r.reason(),
                r.servicePointId(),
                r.routedBy(),
                r.status(),
                caregiverConsent,
                childAssent,
                scope,
                recordedAt,
                recordedBy,
                overrideReason,
                overriddenBy,
                r.identity(),
                r.dueAt(),
                r.escalations(),
                r.escalationExhausted(),
                r.serviceProvided(),
                r.feedbackMessage(),
                r.source(),
                r.createdBy(),
                r.createdAt(),
                r.sentAt(),
                now,
                r.version());
    }

    /** What a change of status writes: the new status, where the referral now waits and until when, the feedback. */
    record StatusChange(
            ReferralStatus status,
            UUID servicePointId,
            String routedBy,
            Instant dueAt,
            int escalations,
            boolean exhausted,
            Boolean serviceProvided,
            String feedback,
            Instant sentAt) {

        static StatusChange of(ReferralRecords.Row r) {
            return new StatusChange(
                    r.status(),
                    r.servicePointId(),
                    r.routedBy(),
                    r.dueAt(),
                    r.escalations(),
                    r.escalationExhausted(),
                    r.serviceProvided(),
                    r.feedbackMessage(),
                    r.sentAt());
        }
    }

    static ReferralRecords.Row with(ReferralRecords.Row r, StatusChange c, Instant now) {
        return new ReferralRecords.Row(
                r.id(),
                r.reference(),
                r.communityId(),
                r.unitId(),
                r.unitPath(),
                r.category(),
                r.priority(),
                r.ageBand(),
                r.sex(),
                r.disability(),
                r.reason(),
                c.servicePointId(),
                c.routedBy(),
                c.status(),
                r.caregiverConsent(),
                r.childAssent(),
                r.consentScope(),
                r.consentRecordedAt(),
                r.consentRecordedBy(),
                r.consentOverrideReason(),
                r.consentOverriddenBy(),
                r.identity(),
                c.dueAt(),
                c.escalations(),
                c.exhausted(),
                c.serviceProvided(),
                c.feedback(),
                r.source(),
                r.createdBy(),
                r.createdAt(),
                c.sentAt(),
                now,
                r.version());
    }

    static UUID uuid(String s) {
        try {
            return s == null ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

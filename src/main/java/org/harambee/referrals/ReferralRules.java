package org.harambee.referrals;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.access.Scopes;
import org.harambee.referrals.model.Referral;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Small rules every referral use case shares: who is signed in, the sender's right, references, field lengths. */
final class ReferralRules {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] REFERENCE_CHARS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private ReferralRules() {}

    static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName().toLowerCase(Locale.ROOT);
    }

    /** The sender may act on their referral while they may still refer children from its community. */
    static void requireSender(Referral referral, Scopes scopes) {
        if (!ReferralAccess.sends(referral, currentUser(), scopes)) {
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

    static UUID uuid(String s) {
        try {
            return s == null ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.harambee.referrals.internal;

import java.security.SecureRandom;
import org.harambee.access.CurrentUser;
import org.harambee.access.Scopes;
import org.harambee.referrals.model.Referral;
import org.springframework.security.access.AccessDeniedException;

/** Small rules every referral use case shares: the sender's right, references. */
public final class ReferralRules {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] REFERENCE_CHARS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private ReferralRules() {}

    /** The sender may act on their referral while they may still refer children from its community. */
    public static void requireSender(Referral referral, Scopes scopes) {
        if (!ReferralAccess.sends(referral, CurrentUser.signedIn().orElse(null), scopes)) {
            throw new AccessDeniedException("not the referral's sender");
        }
    }

    /** A short reference to quote on the phone: R- and eight characters that cannot be misread (no 0/O, 1/I). */
    public static String newReference() {
        StringBuilder reference = new StringBuilder("R-");
        for (int i = 0; i < 8; i++) {
            reference.append(REFERENCE_CHARS[RANDOM.nextInt(REFERENCE_CHARS.length)]);
        }
        return reference.toString();
    }
}

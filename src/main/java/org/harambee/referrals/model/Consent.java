package org.harambee.referrals.model;

import java.time.Instant;

/**
 * The caregiver's consent and the child's assent as recorded, or the reason the referrer went ahead without them (and
 * who did). Component names follow the referral's columns.
 */
public record Consent(
        Boolean caregiverConsent,
        Boolean childAssent,
        String consentScope,
        Instant consentRecordedAt,
        String consentRecordedBy,
        String consentOverrideReason,
        String consentOverriddenBy) {

    /** Nothing recorded yet. */
    public static final Consent NONE = new Consent(null, null, null, null, null, null, null);

    public boolean complete() {
        return Boolean.TRUE.equals(caregiverConsent) && Boolean.TRUE.equals(childAssent);
    }

    public boolean overridden() {
        return consentOverrideReason != null;
    }
}

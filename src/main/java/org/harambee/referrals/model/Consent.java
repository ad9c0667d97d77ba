package org.harambee.referrals.model;

import java.time.Instant;
import org.harambee.referrals.ReferralAction;

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

    /**
     * Both answers as {@code user} recorded them. Full consent needs its scope. Without it, a reason to go ahead needs
     * the right to override ({@code mayOverride}); with no reason, the answers are recorded as given and the referral
     * cannot be sent until a coordinator decides (or the answers change).
     */
    static Consent record(
            Boolean caregiver,
            Boolean child,
            String scope,
            String overrideReason,
            boolean mayOverride,
            String user,
            Instant now) {
        boolean complete = Boolean.TRUE.equals(caregiver) && Boolean.TRUE.equals(child);
        new Problems()
                .require(caregiver != null, "caregiverConsent", "referrals.consent.required")
                .require(child != null, "childAssent", "referrals.consent.required")
                .require(!complete || scope != null, "scope", "referrals.consent.scopeRequired")
                .length("scope", scope, 300)
                .length("overrideReason", overrideReason, 1000)
                .require(
                        complete || overrideReason == null || mayOverride,
                        "overrideReason",
                        "referrals.consent.overrideNotPermitted")
                .refuseIfAny();
        return complete || overrideReason == null
                ? new Consent(caregiver, child, scope, now, user, null, null)
                : new Consent(caregiver, child, scope, now, user, overrideReason, user);
    }

    /** The answers as they were, gone ahead without by {@code coordinator} for {@code reason}. */
    Consent overriddenBy(String coordinator, String reason) {
        return new Consent(
                caregiverConsent, childAssent, consentScope, consentRecordedAt, consentRecordedBy, reason, coordinator);
    }

    /**
     * Adds to {@code problems} what keeps a referral from being sent: consent not asked, or answers of no that a
     * coordinator must decide on first.
     */
    Problems readyToSend(Problems problems) {
        return problems.require(complete() || overridden() || refused(), "consent", "referrals.consent.missing")
                .require(!refused(), "overrideReason", "referrals.consent.decisionNeeded");
    }

    /** Whether {@code action} may be offered with this consent: sending only without a refusal, asking only with one. */
    boolean allows(ReferralAction action) {
        return switch (action) {
            case SEND -> !refused();
            case ASK_CONSENT_DECISION -> refused();
            default -> true;
        };
    }

    /** Both were asked and answered. */
    public boolean answered() {
        return caregiverConsent != null && childAssent != null;
    }

    /** Asked, and the caregiver or the child said no, with no one gone ahead yet: a coordinator may decide. */
    public boolean refused() {
        return answered() && !complete() && !overridden();
    }

    public boolean complete() {
        return Boolean.TRUE.equals(caregiverConsent) && Boolean.TRUE.equals(childAssent);
    }

    public boolean overridden() {
        return consentOverrideReason != null;
    }
}

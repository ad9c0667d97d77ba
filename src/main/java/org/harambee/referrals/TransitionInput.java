package org.harambee.referrals;

/**
 * An action on a referral ({@link ReferralAction} by name) with its note: the reason of a decline, withdrawal or
 * close, or a short message for the referrer (at most 500 characters, no case details).
 */
public record TransitionInput(String action, String note) {}

package org.harambee.referrals;

/**
 * Consent of the caregiver and assent of the child, with what they agreed to share and with whom; or, where they
 * could not be asked, the reason for going ahead without (only for a role that may override consent).
 */
public record ConsentInput(Boolean caregiverConsent, Boolean childAssent, String scope, String overrideReason) {}

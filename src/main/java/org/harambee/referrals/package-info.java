/**
 * Referrals from communities to services: service points (office queues) and their officers, referral pathways per
 * area and category, referrals with encrypted identifying details, consent and assent, priority deadlines,
 * escalation, feedback to the referrer, one-time links for offices not on the platform, and SMS intake. Other modules
 * look service points up through {@link org.harambee.referrals.ServicePoints}. Publishes
 * {@link org.harambee.referrals.ServicePointRegistered} and {@link org.harambee.referrals.ReferralStatusChanged} (every
 * change of a referral's status), {@link org.harambee.referrals.ReferralMoved} and
 * {@link org.harambee.referrals.OneTimeLinkIssued} (for the messages that tell people); listens to {@code UnitMoved} to keep unit paths current.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Referrals",
        allowedDependencies = {"access", "communities", "geography", "system"})
package org.harambee.referrals;

/**
 * Messages outside the screen: an outbox of e-mails and SMS written in the transaction of the event that causes them,
 * sent by a background sender (exactly once per row across nodes, retries with back-off) through SMTP or RapidPro,
 * each account's channels and quiet hours, and the delivery log; a daily job reminding of agreement reviews and
 * commitments coming due. Listens to the referrals module's {@code ReferralMoved} and {@code OneTimeLinkIssued} and the
 * capacity module's {@code ParticipantEnrolled}; publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"access", "agreements", "capacity", "geography", "referrals", "system"})
package org.harambee.notifications;

package org.harambee.referrals;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduled escalation of overdue referrals (see {@link Escalation}). */
@Configuration
@EnableScheduling
class ReferralScheduling {}

package org.harambee.agreements;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the daily lapse job ({@link Lapsing}); the time is set by {@code harambee.agreements.lapse-cron}. */
@Configuration
@EnableScheduling
class AgreementScheduling {}

package org.harambee.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on every module's {@code @Scheduled} jobs, in this one place. A job that must not run on two nodes at once
 * takes its lock through {@link JobLocks}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {}

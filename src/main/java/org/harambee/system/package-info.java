/**
 * Plumbing shared by every module: the page layout, error pages and problem details, languages, the security headers,
 * CSV exports ({@link org.harambee.system.CsvSheet}), and the scheduler with the lock of jobs that run on one node at
 * a time ({@link org.harambee.system.JobLocks}, table {@code system_job_lock}). Depends on no module and publishes no
 * events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "System",
        allowedDependencies = {})
package org.harambee.system;

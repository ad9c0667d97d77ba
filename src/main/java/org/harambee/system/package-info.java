/**
 * Plumbing shared by every module: the page layout, error pages and problem details, languages, the security headers,
 * CSV and XLSX files of lists, streamed ({@link org.harambee.system.RecordExports}, decision 0036), the scheduler with the lock of jobs that run on one node at a
 * time ({@link org.harambee.system.JobLocks}, table {@code system_job_lock}); and the shared kernel every module uses
 * instead of its own copy: {@link org.harambee.system.Inputs}, {@link org.harambee.system.InvalidInputException},
 * {@link org.harambee.system.Forms}, {@link org.harambee.system.NotFoundException} and
 * {@link org.harambee.system.ResultPage} (docs/modules.md); {@link org.harambee.system.ReplicaReads} for readings that may
 * use a read replica (decision 0030). Depends on no module and publishes no events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "System",
        allowedDependencies = {})
package org.harambee.system;

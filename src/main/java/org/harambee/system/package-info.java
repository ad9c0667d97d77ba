/**
 * Web plumbing shared by every module: the page layout, error pages and problem details, languages, and the security
 * configuration; and the shared kernel every module uses instead of its own copy: {@link org.harambee.system.Inputs},
 * {@link org.harambee.system.InvalidInputException}, {@link org.harambee.system.Forms},
 * {@link org.harambee.system.NotFoundException} and {@link org.harambee.system.ResultPage} (docs/modules.md). Owns
 * no data and publishes no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package org.harambee.system;

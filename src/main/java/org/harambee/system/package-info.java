/**
 * Web plumbing shared by every module: the page layout, error pages and problem details, languages, and the security
 * configuration. Owns no data and publishes no events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "System",
        allowedDependencies = {})
package org.harambee.system;

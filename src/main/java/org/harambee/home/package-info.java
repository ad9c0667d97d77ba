/**
 * Home: the start page of each person and {@code GET /api/v1/home}, one section for each role they hold, saying what
 * waits for them with counts and one link to act. Owns no table: reads the other modules through their public read
 * services ({@code WorkWaiting}, {@code CommunitiesDue}, {@code AgreementsDue}…, decision 0027), within the reader's
 * scope. Publishes and listens to no event.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Home",
        allowedDependencies = {
            "access",
            "agreements",
            "capacity",
            "communities",
            "geography",
            "partners",
            "referrals",
            "scaleup",
            "system"
        })
package org.harambee.home;

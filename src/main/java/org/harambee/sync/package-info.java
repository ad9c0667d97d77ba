/**
 * The offline app for community facilitators ({@code /app}): its shell, manifest and service worker; the sync endpoint
 * that takes records made offline under client-generated ids (each created once, however often it is replayed) and
 * the down-sync of what a facilitator needs offline. Calls the communities, referrals and capacity APIs; publishes and
 * listens to no events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Sync",
        allowedDependencies = {"access", "capacity", "communities", "referrals", "system"})
package org.harambee.sync;

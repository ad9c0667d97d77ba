/**
 * Insights: implementation-research indicators (DOMAIN section 4) for every unit and level, by month, quarter and
 * year. Listens to the other modules' events and keeps monthly facts per community and roll-ups per unit (the
 * community's unit and each ancestor) in the same transaction as the event's delivery; a rebuild recomputes both from
 * the source tables. Every figure shown to someone without access to the underlying records passes through
 * {@link org.harambee.insights.Suppression}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Insights",
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
package org.harambee.insights;

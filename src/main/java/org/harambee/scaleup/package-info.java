/**
 * Scale-up: plans with a goal level and phases whose gates (readiness, agreements in force, lessons reviewed) are
 * evaluated live, lessons learned, rollouts of clusters to randomised waves (stepped wedge), and scale-up events of the
 * four kinds. Reads {@link org.harambee.capacity.Readiness} and {@link org.harambee.agreements.Agreements}; listens to
 * {@link org.harambee.geography.UnitMoved}; publishes {@link org.harambee.scaleup.ScaleUpEventRecorded},
 * {@link org.harambee.scaleup.PhaseStarted} and {@link org.harambee.scaleup.RolloutRandomised}. Other modules read
 * crossover dates through {@link org.harambee.scaleup.ScaleUp}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Scale-up",
        allowedDependencies = {"access", "agreements", "capacity", "communities", "geography", "system"})
package org.harambee.scaleup;

package org.harambee.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deployment's time zone ({@code harambee.time-zone}, the JVM's when unset): the zone in which a day, a month and
 * every period boundary of the figures is read, the same for the event listeners, the rebuild and the pages. Times
 * are stored in UTC.
 */
@Component
public class DeploymentZone {

    private final ZoneId zone;
    private final Clock clock;

    public DeploymentZone(@Value("${harambee.time-zone:}") String zone) {
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone.trim());
        this.clock = Clock.system(this.zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Today in the deployment's zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** This month in the deployment's zone. */
    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    /** The day an instant falls on in the deployment's zone. */
    public LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }
}

package org.harambee.scaleup.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A phase of a scale-up plan: its period, from its first to its last day (both included), and, once started, the day
 * it started, who started it and the reason recorded when it started although its gate failed.
 */
public record Phase(
        UUID id,
        UUID planId,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate startedOn,
        String startedBy,
        String overrideReason) {

    public boolean started() {
        return startedOn != null;
    }

    /** Whether the two periods share a day. */
    boolean overlaps(Phase other) {
        return !startsOn.isAfter(other.endsOn) && !other.startsOn.isAfter(endsOn);
    }

    Phase startedOn(LocalDate on, String by, String reason) {
        return new Phase(id, planId, name, startsOn, endsOn, on, by, reason);
    }
}

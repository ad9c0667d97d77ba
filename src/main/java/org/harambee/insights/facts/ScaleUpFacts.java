package org.harambee.insights.facts;

import org.harambee.scaleup.ScaleUpEventRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts scale-up events by kind at the event's unit and its ancestors (unit facts: no community of their own). */
@Component
class ScaleUpFacts {

    private final Rollups rollups;

    ScaleUpFacts(Rollups rollups) {
        this.rollups = rollups;
    }

    @EventListener
    @Transactional
    void on(ScaleUpEventRecorded e) {
        if (rollups.firstTime("scale-up:" + e.eventId())) {
            rollups.unitFlow(
                    e.unitPath(), e.occurredOn(), "SCALE_UP_" + e.kind().name(), 1);
        }
    }
}

package org.harambee.scaleup.plans;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether each phase's gate of a plan passes now, for the module's own API (a plan outside the reader's area: 403). */
@Service
@Transactional(readOnly = true)
public class GateCheck {

    private final PlanReading reading;

    GateCheck(PlanReading reading) {
        this.reading = reading;
    }

    /** By phase id: true when its gate passes now. */
    public Map<UUID, Boolean> passes(UUID planId) {
        Map<UUID, Boolean> passes = new HashMap<>();
        reading.gates(planId, "en").forEach(g -> passes.put(g.phaseId(), g.passes()));
        return passes;
    }
}

package org.harambee.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A training was held (recorded as held, or marked held later) at a unit, covering these competency codes. */
public record TrainingHeld(
        UUID trainingId,
        UUID unitId,
        String unitPath,
        List<String> competencies,
        LocalDate startsOn,
        LocalDate endsOn) {}

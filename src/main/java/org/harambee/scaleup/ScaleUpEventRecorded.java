package org.harambee.scaleup;

import java.time.LocalDate;
import java.util.UUID;

/** A scale-up event was recorded at a unit ({@code level}: the unit's depth, 0 for a country). */
public record ScaleUpEventRecorded(
        UUID eventId, ScaleUpKind kind, UUID unitId, String unitPath, int level, LocalDate occurredOn) {}

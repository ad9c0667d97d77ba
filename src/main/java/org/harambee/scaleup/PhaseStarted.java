package org.harambee.scaleup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A phase of a scale-up plan started in its units; {@code overridden} when it started although its gate failed. */
public record PhaseStarted(
        UUID planId, UUID phaseId, String planUnitPath, List<UUID> unitIds, LocalDate startedOn, boolean overridden) {}

package org.harambee.communities;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A community entered a phase ({@code from} is null for its first one). {@code irregular} is true when the move was
 * not the usual next step (a phase skipped, or a step back), which needs a recorded reason.
 */
public record PhaseChanged(
        UUID communityId, UUID unitId, String unitPath, Phase from, Phase to, LocalDate enteredOn, boolean irregular) {}

package org.harambee.capacity;

import java.util.List;
import java.util.UUID;

/** Whether the area at a unit is ready for the approach, with every criterion evaluated (the unmet ones say why not). */
public record DistrictReadiness(UUID unitId, boolean ready, List<ReadinessCheck> checks) {}

package org.harambee.communities;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A community named in passing, with where it is (its unit's id and materialised path, for scope checks) and its
 * current phase (null before its first phase is recorded).
 */
public record CommunityRef(
        UUID id, String name, UUID unitId, String unitPath, Phase currentPhase, LocalDate phaseSince) {}

package org.harambee.communities;

import java.time.LocalDate;
import java.util.UUID;

/** The first phase of a community's process was recorded: the community has started. */
public record CommunityStarted(UUID communityId, UUID unitId, String unitPath, Phase phase, LocalDate startedOn) {}

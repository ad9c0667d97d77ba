package org.harambee.communities.clusters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.communities.Phase;

/** What the pages and the API show of clusters. */
final class ClusterViews {

    private ClusterViews() {}

    record Place(String pcode, String name, String levelName) {}

    record Lead(UUID id, String name) {}

    /** A member community with its current phase (null: not started). */
    record Member(UUID id, String name, Place unit, Phase currentPhase, LocalDate phaseSince) {}

    record Cluster(
            UUID id,
            String name,
            Lead leadPartner,
            Place unit,
            boolean unitChosen,
            List<Member> members,
            String createdBy,
            Instant createdAt,
            Instant updatedAt) {}

    record Summary(UUID id, String name, Lead leadPartner, Place unit, int memberCount) {}
}

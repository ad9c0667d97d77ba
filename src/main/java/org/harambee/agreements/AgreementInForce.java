package org.harambee.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agreement came into force: after drafting, or again after the review of a lapsed one. Names the communities it
 * ties in ({@code communityIds}: its community parties and the members of its cluster parties today), and apart its
 * community parties and its cluster parties, whose members it ties in while they belong to the cluster
 * ({@link org.harambee.communities.ClusterMembersChanged}), for the linkage coverage indicator.
 */
public record AgreementInForce(
        UUID agreementId,
        UUID unitId,
        String unitPath,
        List<UUID> communityIds,
        LocalDate since,
        List<UUID> communityPartyIds,
        List<UUID> clusterPartyIds) {}

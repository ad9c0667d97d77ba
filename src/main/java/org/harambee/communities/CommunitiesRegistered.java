package org.harambee.communities;

import java.util.List;

/**
 * Communities registered together by an import's batch (decision 0040): the same facts as one {@link
 * CommunityRegistered} each, published once for the batch, instead of those, so that a listener writes the batch's
 * facts in a few statements. Whoever listens to {@link CommunityRegistered} listens to this too.
 */
public record CommunitiesRegistered(List<CommunityRegistered> registrations) {

    public CommunitiesRegistered {
        registrations = List.copyOf(registrations);
    }
}

package org.harambee.communities;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.communities.internal.CommunityListings;
import org.harambee.communities.internal.CommunityRecords;
import org.harambee.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communities module's API for lookups: a community by id with where it is and its current phase, for the
 * modules (and the parts of this one) that name communities. No scope check here: callers check the returned unit
 * path against the user's scope.
 */
@Service
@Transactional(readOnly = true)
public class Communities {

    /** At most this many communities in a picker. */
    public static final int PICK_LIMIT = 500;

    private final CommunityRecords records;
    private final CommunityListings listings;

    Communities(CommunityRecords records, CommunityListings listings) {
        this.records = records;
        this.listings = listings;
    }

    public Optional<CommunityRef> find(UUID id) {
        return id == null ? Optional.empty() : records.find(id).map(CommunityRecords.Row::ref);
    }

    /** The community, or 404. */
    public CommunityRef get(UUID id) {
        return find(id).orElseThrow(NotFoundException.of("problem.communityNotFound"));
    }

    /** The communities with these ids that exist, by name. */
    public List<CommunityRef> refs(Collection<UUID> ids) {
        return records.byIds(ids).stream().map(CommunityRecords.Row::ref).toList();
    }

    /** The number of children living in each of these communities, for those whose number is known. */
    public Map<UUID, Long> childPopulations(Collection<UUID> ids) {
        Map<UUID, Long> children = new HashMap<>();
        records.byIds(ids).stream()
                .filter(r -> r.populationChildren() != null)
                .forEach(r -> children.put(r.id(), r.populationChildren()));
        return children;
    }

    /** Communities inside {@code scope} (and the subtree at {@code areaPath} when given), by name, for a picker. */
    public List<CommunityRef> within(Scope scope, String areaPath) {
        return listings
                .list(new CommunityListings.Filter(areaPath, null, false, null, null), scope, 0, PICK_LIMIT)
                .stream()
                .map(CommunityRecords.Row::ref)
                .toList();
    }
}

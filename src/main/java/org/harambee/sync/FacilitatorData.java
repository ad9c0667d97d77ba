package org.harambee.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.capacity.AssignedCommunities;
import org.harambee.communities.FieldRecording;
import org.harambee.referrals.ServicePointRef;
import org.harambee.referrals.ServicePoints;
import org.springframework.stereotype.Component;

/**
 * What a facilitator works on: the communities they are assigned to (capacity) inside the area where they may manage
 * communities, or every community of that area when they have no assignment; and the active service points that serve
 * those communities, per category, for the referral form offline.
 */
@Component
class FacilitatorData {

    /** A service point and the facilitator's communities it serves. */
    record Point(UUID id, String name, String category, boolean onPlatform, List<UUID> communityIds) {}

    private final FieldRecording field;
    private final AssignedCommunities assigned;
    private final ServicePoints servicePoints;
    private final Scopes scopes;

    FacilitatorData(FieldRecording field, AssignedCommunities assigned, ServicePoints servicePoints, Scopes scopes) {
        this.field = field;
        this.assigned = assigned;
        this.servicePoints = servicePoints;
        this.scopes = scopes;
    }

    List<FieldRecording.FieldCommunity> communities(String username) {
        List<FieldRecording.FieldCommunity> inScope = field.within(scopes.of(Permission.MANAGE_COMMUNITIES));
        Set<UUID> mine = new HashSet<>(assigned.of(username, LocalDate.now()));
        List<FieldRecording.FieldCommunity> theirs =
                inScope.stream().filter(c -> mine.contains(c.id())).toList();
        return theirs.isEmpty() ? inScope : theirs;
    }

    List<Point> servicePoints(List<FieldRecording.FieldCommunity> communities) {
        Map<String, List<UUID>> byPath = new LinkedHashMap<>();
        communities.forEach(c ->
                byPath.computeIfAbsent(c.unitPath(), p -> new ArrayList<>()).add(c.id()));
        Map<UUID, ServicePointRef> refs = new LinkedHashMap<>();
        Map<UUID, List<UUID>> served = new LinkedHashMap<>();
        byPath.forEach((path, ids) -> servicePoints.serving(path, null).forEach(p -> {
            refs.putIfAbsent(p.id(), p);
            served.computeIfAbsent(p.id(), k -> new ArrayList<>()).addAll(ids);
        }));
        return refs.values().stream()
                .map(p -> new Point(
                        p.id(),
                        p.name(),
                        p.category().name(),
                        p.onPlatform(),
                        served.get(p.id()).stream().sorted().toList()))
                .sorted(Comparator.comparing(Point::category).thenComparing(Point::name))
                .toList();
    }
}

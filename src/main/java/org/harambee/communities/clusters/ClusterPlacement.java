package org.harambee.communities.clusters;

import java.util.ArrayList;
import java.util.List;
import org.harambee.access.UnitPaths;
import org.harambee.communities.CommunityMoved;
import org.harambee.geography.UnitMoved;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Where a cluster sits: at the lowest unit that holds all its members, or at a unit the user chose that holds them
 * all. Kept right when a boundary import moves a unit (members may then lie apart) and when a member community is
 * placed elsewhere (refused if a chosen unit would no longer hold it).
 */
@Component
class ClusterPlacement {

    private final ClusterRecords records;

    ClusterPlacement(ClusterRecords records) {
        this.records = records;
    }

    /**
     * The path of the cluster's unit: the chosen one ({@code chosenPath}, null for none) when it holds every member,
     * otherwise the lowest common ancestor of the members (and of the chosen unit, if any); empty when they share no
     * unit (different countries).
     */
    static String place(List<String> memberPaths, String chosenPath) {
        String common = UnitPaths.commonAncestor(memberPaths);
        if (chosenPath == null || common.isEmpty()) {
            return common;
        }
        if (memberPaths.stream().allMatch(p -> p.startsWith(chosenPath))) {
            return chosenPath;
        }
        List<String> all = new ArrayList<>(memberPaths);
        all.add(chosenPath);
        return UnitPaths.commonAncestor(all);
    }

    /** Boundaries moved: clusters under the moved unit, or with members there, follow (in memory first). */
    @ApplicationModuleListener
    void on(UnitMoved moved) {
        for (ClusterRecords.Row cluster : touchingEither(moved.oldPath(), moved.newPath())) {
            List<String> members = records.members(cluster.id()).stream()
                    .map(m -> UnitPaths.moved(m.unitPath(), moved.oldPath(), moved.newPath()))
                    .toList();
            String own = UnitPaths.moved(cluster.unitPath(), moved.oldPath(), moved.newPath());
            String path = place(members, cluster.unitChosen() ? own : null);
            if (!path.isEmpty() && !path.equals(cluster.unitPath())) {
                records.place(cluster.id(), UnitPaths.unitId(path), path);
            }
        }
    }

    /** A member was placed elsewhere: the cluster follows, unless the unit chosen for it would no longer hold it. */
    @EventListener
    void on(CommunityMoved moved) {
        ClusterRecords.Row cluster =
                records.clustersOf(List.of(moved.communityId())).get(moved.communityId());
        if (cluster == null) {
            return;
        }
        if (cluster.unitChosen() && !moved.newUnitPath().startsWith(cluster.unitPath())) {
            throw new InvalidInputException(
                    List.of(new FieldProblem("unit", "clusters.member.outsideChosenUnit", cluster.name())));
        }
        List<String> members = records.members(cluster.id()).stream()
                .map(m -> m.communityId().equals(moved.communityId()) ? moved.newUnitPath() : m.unitPath())
                .toList();
        String path = place(members, cluster.unitChosen() ? cluster.unitPath() : null);
        if (!path.isEmpty() && !path.equals(cluster.unitPath())) {
            records.place(cluster.id(), UnitPaths.unitId(path), path);
        }
    }

    /** The clusters concerned, whether or not the communities' own paths were rewritten already. */
    private List<ClusterRecords.Row> touchingEither(String oldPath, String newPath) {
        List<ClusterRecords.Row> rows = new ArrayList<>(records.touching(oldPath));
        records.touching(newPath).stream()
                .filter(r -> rows.stream().noneMatch(x -> x.id().equals(r.id())))
                .forEach(rows::add);
        return rows;
    }
}

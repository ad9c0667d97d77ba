package org.harambee.communities.spread;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who inspired whom, as a list of rows that reads as a tree: each community that nobody in the network inspired
 * starts a branch, followed by the communities it passed the approach on to (by the date of the link), and so on. A
 * community reached twice appears again, marked as seen, without its branch; a circle (A told B, B visited A) ends
 * the same way, and communities only on circles start a branch of their own.
 */
final class SpreadTree {

    /** A row: how deep it is, the community, and the link it was reached by (null for the start of a branch). */
    record Row<N>(int depth, N node, SpreadRecords.Link via, boolean repeated) {}

    private SpreadTree() {}

    static <N> List<Row<N>> of(List<N> nodes, java.util.function.Function<N, UUID> id, List<SpreadRecords.Link> links) {
        Map<UUID, N> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(id.apply(n), n));
        Map<UUID, List<SpreadRecords.Link>> out = new LinkedHashMap<>();
        Set<UUID> inspired = new HashSet<>();
        links.stream()
                .sorted(Comparator.comparing(SpreadRecords.Link::occurredOn))
                .forEach(l -> {
                    out.computeIfAbsent(l.sourceId(), k -> new ArrayList<>()).add(l);
                    inspired.add(l.targetId());
                });
        List<Row<N>> rows = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (UUID root : byId.keySet()) {
            if (!inspired.contains(root) && out.containsKey(root)) {
                walk(root, null, 0, byId, out, seen, rows);
            }
        }
        for (UUID rest : byId.keySet()) {
            if (!seen.contains(rest) && out.containsKey(rest)) {
                walk(rest, null, 0, byId, out, seen, rows);
            }
        }
        return rows;
    }

    private static <N> void walk(
            UUID node,
            SpreadRecords.Link via,
            int depth,
            Map<UUID, N> byId,
            Map<UUID, List<SpreadRecords.Link>> out,
            Set<UUID> seen,
            List<Row<N>> rows) {
        boolean repeated = !seen.add(node);
        rows.add(new Row<>(depth, byId.get(node), via, repeated));
        if (repeated) {
            return;
        }
        for (SpreadRecords.Link link : out.getOrDefault(node, List.of())) {
            walk(link.targetId(), link, depth + 1, byId, out, seen, rows);
        }
    }
}

package org.harambee.geography.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The materialised paths ({@code /id0/.../idN/}) after an import. Without moves only the file's units need one, and
 * the stored paths of their existing ancestors end each walk early; after a move every path is computed afresh.
 * Iterative, so that no chain overflows the stack; memoised, so the whole tree costs one visit per unit.
 */
final class UnitPaths {

    private final Snapshot snapshot;
    private final Map<UUID, UUID> parentOf;
    private final Map<UUID, String> pathOf = new HashMap<>();
    private boolean trustStoredPaths;

    UnitPaths(Snapshot snapshot, Map<UUID, UUID> parentOf) {
        this.snapshot = snapshot;
        this.parentOf = parentOf;
    }

    Map<UUID, String> compute(Collection<UUID> fileUnits, boolean anyMoved) {
        trustStoredPaths = !anyMoved;
        (anyMoved ? parentOf.keySet() : fileUnits).forEach(this::path);
        return pathOf;
    }

    private void path(UUID id) {
        List<UUID> chain = new ArrayList<>();
        UUID cursor = id;
        while (cursor != null && !pathOf.containsKey(cursor)) {
            Snapshot.Row existing = trustStoredPaths ? snapshot.row(cursor) : null;
            if (existing != null && !cursor.equals(id)) {
                pathOf.put(cursor, existing.path());
                break;
            }
            chain.add(cursor);
            cursor = parentOf.get(cursor);
        }
        String prefix = cursor == null ? "/" : pathOf.get(cursor);
        for (int i = chain.size() - 1; i >= 0; i--) {
            prefix = prefix + chain.get(i) + "/";
            pathOf.put(chain.get(i), prefix);
        }
    }
}

package org.harambee.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Where a user may do something: everywhere, or inside the subtrees of some units, each given by its materialised path
 * ({@code /id1/id2/.../}). A record is inside when its unit's path starts with one of them. Nested paths are folded
 * into the outer one, so that {@link #paths()} never overlap. An empty scope covers nothing (deny by default).
 */
public record Scope(boolean everywhere, List<String> paths) {

    private static final Scope EVERYWHERE = new Scope(true, List.of());
    private static final Scope NOWHERE = new Scope(false, List.of());

    public Scope {
        paths = everywhere ? List.of() : outermost(paths);
    }

    public static Scope all() {
        return EVERYWHERE;
    }

    public static Scope none() {
        return NOWHERE;
    }

    public static Scope of(List<String> paths) {
        return new Scope(false, paths);
    }

    public boolean isEmpty() {
        return !everywhere && paths.isEmpty();
    }

    /** True when a record placed at {@code unitPath} lies inside this scope. */
    public boolean covers(String unitPath) {
        if (everywhere) {
            return true;
        }
        return unitPath != null && paths.stream().anyMatch(unitPath::startsWith);
    }

    /** True when the unit at {@code unitPath} is inside this scope or above part of it (an ancestor of a scope unit). */
    public boolean reaches(String unitPath) {
        return covers(unitPath) || (unitPath != null && paths.stream().anyMatch(p -> p.startsWith(unitPath)));
    }

    /** The ids of the units at the top of this scope (the last id of each path). */
    public List<UUID> topUnitIds() {
        return paths.stream()
                .map(p -> {
                    String trimmed = p.substring(0, p.length() - 1);
                    return UUID.fromString(trimmed.substring(trimmed.lastIndexOf('/') + 1));
                })
                .toList();
    }

    private static List<String> outermost(List<String> paths) {
        List<String> sorted = new ArrayList<>(paths);
        sorted.sort(Comparator.naturalOrder());
        List<String> kept = new ArrayList<>();
        for (String path : sorted) {
            if (kept.isEmpty() || !path.startsWith(kept.get(kept.size() - 1))) {
                kept.add(path);
            }
        }
        return List.copyOf(kept);
    }
}

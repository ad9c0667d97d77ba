package org.harambee.geography.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds units that would become their own ancestor. The file's parent links override the stored ones, so moving a unit
 * under one of its stored descendants closes a loop that neither side shows alone. Each unit walks up the merged
 * hierarchy until it meets a unit already cleared; every unit is therefore visited once, and each loop reported once.
 */
final class CycleFinder {

    private static final int UNSEEN = 0;
    private static final int CLEARED = -1;

    private final List<ParsedUnit> units;
    private final Map<String, Integer> indexByPcode;
    private final KnownUnits known;
    private final Problems problems;
    /** Per file unit, and per stored unit met on the way: UNSEEN, CLEARED, or 1 + its position on the current walk. */
    private final int[] fileState;

    private final Map<String, Integer> storedState = new HashMap<>();
    private final List<String> walk = new ArrayList<>();
    private int[] walkIndexes = new int[16];

    CycleFinder(List<ParsedUnit> units, Map<String, Integer> indexByPcode, KnownUnits known, Problems problems) {
        this.units = units;
        this.indexByPcode = indexByPcode;
        this.known = known;
        this.problems = problems;
        this.fileState = new int[units.size()];
    }

    void check() {
        for (int start = 0; start < units.size(); start++) {
            if (fileState[start] == UNSEEN) {
                walkUpFrom(start);
            }
        }
    }

    private void walkUpFrom(int start) {
        walk.clear();
        int index = start;
        String pcode = units.get(start).pcode();
        while (true) {
            int seen = index >= 0 ? fileState[index] : storedState.getOrDefault(pcode, UNSEEN);
            if (seen != UNSEEN) {
                if (seen != CLEARED) {
                    report(walk.subList(seen - 1, walk.size()), start);
                }
                break;
            }
            enter(index, pcode);
            String parent = index >= 0 ? units.get(index).parentPcode() : storedParentOf(pcode);
            if (parent == null) {
                break;
            }
            Integer parentIndex = indexByPcode.get(parent);
            index = parentIndex == null ? -1 : parentIndex;
            pcode = parent;
        }
        for (int i = 0; i < walk.size(); i++) {
            setState(walkIndexes[i], walk.get(i), CLEARED);
        }
    }

    private void enter(int index, String pcode) {
        if (walk.size() == walkIndexes.length) {
            walkIndexes = Arrays.copyOf(walkIndexes, walkIndexes.length * 2);
        }
        walkIndexes[walk.size()] = index;
        walk.add(pcode);
        setState(index, pcode, walk.size());
    }

    private void setState(int index, String pcode, int state) {
        if (index >= 0) {
            fileState[index] = state;
        } else {
            storedState.put(pcode, state);
        }
    }

    private String storedParentOf(String pcode) {
        ExistingUnits.Known stored = known.find(pcode);
        return stored == null ? null : stored.parentPcode();
    }

    /** Reports the loop on the earliest line of the file that takes part in it, reading the loop from there. */
    private void report(List<String> loop, int walkStart) {
        int first = 0;
        for (int i = 1; i < loop.size(); i++) {
            if (lineOf(loop.get(i)) < lineOf(loop.get(first))) {
                first = i;
            }
        }
        Integer index = indexByPcode.get(loop.get(first));
        ParsedUnit at = units.get(index == null ? walkStart : index);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i <= loop.size(); i++) {
            path.append(i == 0 ? "" : " → ").append(loop.get((first + i) % loop.size()));
        }
        problems.add(at.line(), ImportCodes.CYCLE, at.pcode(), path.toString());
    }

    private int lineOf(String pcode) {
        Integer index = indexByPcode.get(pcode);
        return index == null ? Integer.MAX_VALUE : units.get(index).line();
    }
}

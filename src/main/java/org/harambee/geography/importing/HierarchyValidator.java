package org.harambee.geography.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks that parsed units, together with the stored hierarchy, still form a tree with one level per generation,
 * before anything is written. The file may refer to stored parents and may move stored units to another parent at the
 * same level; it may not change a stored unit's level, since every record below it is counted by that level.
 * Runs in time linear in the file plus the stored units it touches, for files of some 650,000 units.
 */
public final class HierarchyValidator {

    /**
     * Returns every problem found, each once; an empty list means the whole set can be written.
     *
     * @param maxLevel the deepest level the country allows, or -1 for no limit
     */
    public List<ImportProblem> validate(List<ParsedUnit> units, ExistingUnits existing, int maxLevel) {
        Objects.requireNonNull(existing, "existing");
        Problems problems = new Problems();
        Map<String, Integer> indexByPcode = new HashMap<>(units.size() * 2);
        for (int i = 0; i < units.size(); i++) {
            ParsedUnit unit = units.get(i);
            Integer earlier = indexByPcode.putIfAbsent(unit.pcode(), i);
            if (earlier != null) {
                problems.add(
                        unit.line(),
                        ImportCodes.PCODE_DUPLICATE,
                        unit.pcode(),
                        units.get(earlier).line());
            }
        }
        KnownUnits known = new KnownUnits(existing);
        for (ParsedUnit unit : units) {
            if (problems.full()) {
                return problems.list();
            }
            int parentLevel = unit.parentPcode() == null ? -1 : levelOf(unit.parentPcode(), units, indexByPcode, known);
            checkPlace(unit, existing.find(unit.pcode()), parentLevel, maxLevel, problems);
        }
        new CycleFinder(units, indexByPcode, known, problems).check();
        return problems.list();
    }

    private static void checkPlace(
            ParsedUnit unit, ExistingUnits.Known stored, int parentLevel, int maxLevel, Problems problems) {
        int line = unit.line();
        int level = unit.level();
        if (level < 0) {
            problems.add(line, ImportCodes.LEVEL_INVALID, String.valueOf(level));
            return;
        }
        if (stored != null && stored.level() != level) {
            problems.add(line, ImportCodes.LEVEL_CHANGED, unit.pcode(), stored.level(), level);
        }
        if (maxLevel >= 0 && level > maxLevel) {
            problems.add(line, ImportCodes.LEVEL_TOO_DEEP, unit.pcode(), level, maxLevel);
        }
        String parent = unit.parentPcode();
        if (parent == null) {
            if (level > 0) {
                problems.add(line, ImportCodes.PARENT_REQUIRED, unit.pcode(), level);
            }
            return;
        }
        if (level == 0) {
            problems.add(line, ImportCodes.LEVEL_ROOT_WITH_PARENT, unit.pcode(), parent);
            return;
        }
        if (parentLevel < 0) {
            problems.add(line, ImportCodes.PARENT_MISSING, unit.pcode(), parent);
        } else if (parentLevel + 1 != level) {
            problems.add(line, ImportCodes.LEVEL_MISMATCH, unit.pcode(), level, parent, parentLevel);
        }
    }

    /**
     * Returns the parent's level, or -1 when it is unknown. A parent in the file is judged by its level in the file;
     * any change from its stored level is reported on its own line.
     */
    private static int levelOf(
            String pcode, List<ParsedUnit> units, Map<String, Integer> indexByPcode, KnownUnits known) {
        Integer index = indexByPcode.get(pcode);
        if (index != null) {
            return units.get(index).level();
        }
        ExistingUnits.Known stored = known.find(pcode);
        return stored == null ? -1 : stored.level();
    }
}

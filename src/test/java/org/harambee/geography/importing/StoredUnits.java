package org.harambee.geography.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An in-memory database that also counts how often the validator asks it. */
final class StoredUnits implements ExistingUnits {

    private final Map<String, Known> units = new HashMap<>();
    private final Map<String, Integer> lookups = new HashMap<>();

    static StoredUnits none() {
        return new StoredUnits();
    }

    StoredUnits with(String pcode, String parentPcode, int level) {
        units.put(pcode, new Known(pcode, parentPcode, level));
        return this;
    }

    int lookupsOf(String pcode) {
        return lookups.getOrDefault(pcode, 0);
    }

    @Override
    public Known find(String pcode) {
        lookups.merge(pcode, 1, Integer::sum);
        return units.get(pcode);
    }

    @Override
    public Collection<Known> childrenOf(String pcode) {
        List<Known> children = new ArrayList<>();
        for (Known unit : units.values()) {
            if (pcode.equals(unit.parentPcode())) {
                children.add(unit);
            }
        }
        return children;
    }
}

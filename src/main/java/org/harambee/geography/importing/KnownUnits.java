package org.harambee.geography.importing;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers the answers of {@link ExistingUnits} during one validation, so that a stored parent shared by thousands of
 * new units, or an ancestor on many upward walks, is asked for once.
 */
final class KnownUnits {

    private static final ExistingUnits.Known UNKNOWN = new ExistingUnits.Known("", null, -1);

    private final ExistingUnits existing;
    private final Map<String, ExistingUnits.Known> answers = new HashMap<>();

    KnownUnits(ExistingUnits existing) {
        this.existing = existing;
    }

    /** Returns the stored unit, or {@code null} when there is none. */
    ExistingUnits.Known find(String pcode) {
        ExistingUnits.Known known = answers.get(pcode);
        if (known == null) {
            known = existing.find(pcode);
            answers.put(pcode, known == null ? UNKNOWN : known);
        }
        return known == UNKNOWN ? null : known;
    }
}

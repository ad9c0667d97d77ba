package org.harambee.geography.importing;

import java.util.Map;
import java.util.TreeMap;

/** Which of a unit's names stands for it where no language is asked for: English, then unspecified, then any. */
final class UnitNames {

    private UnitNames() {}

    static String defaultName(Map<String, String> names) {
        if (names.containsKey("en")) {
            return names.get("en");
        }
        if (names.containsKey("und")) {
            return names.get("und");
        }
        return new TreeMap<>(names).firstEntry().getValue();
    }

    /** The default name in lower case, as stored for searches by the start of a name. */
    static String searchName(Map<String, String> names) {
        return defaultName(names).toLowerCase(java.util.Locale.ROOT);
    }
}

package org.harambee.communities;

import java.util.Arrays;

/** How one community passed the approach on to another. */
public enum SpreadKind {
    TOLD,
    VISITED,
    HOSTED_EXCHANGE,
    REQUESTED_TO_START;

    public static SpreadKind parse(String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElse(null);
    }
}

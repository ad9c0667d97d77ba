package org.harambee.communities;

import java.util.Arrays;

/** How a community came to the process: brought in by an agency, asking after hearing from a neighbour, or on its own. */
public enum Origin {
    AGENCY_INITIATED,
    NEIGHBOUR_REQUEST,
    SELF_INITIATED;

    /** True for the origins where the community asked to start (spontaneous scale-up). */
    public boolean asked() {
        return this != AGENCY_INITIATED;
    }

    public static Origin parse(String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(values())
                .filter(o -> o.name().equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElse(null);
    }
}

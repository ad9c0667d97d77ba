package org.harambee.communities;

import java.util.Arrays;
import java.util.List;

/**
 * The phases of the community-led process, in their usual order (DOMAIN.md section 2). Action and reflection
 * alternate as often as the community chooses; phase-out ends external facilitation; sustained means still active
 * months later.
 */
public enum Phase {
    ENTRY,
    LEARNING,
    FEEDBACK_VALIDATION,
    INCLUSIVE_PROCESS,
    HARM_SELECTION,
    ACTION_PLANNING,
    ACTION,
    REFLECTION,
    PHASE_OUT,
    SUSTAINED;

    /** The phase that normally follows this one; none after {@link #SUSTAINED}. */
    public Phase following() {
        return this == SUSTAINED ? null : values()[ordinal() + 1];
    }

    /** True when a community in {@code from} (null: not started) normally moves to this phase next. */
    public boolean normallyFollows(Phase from) {
        if (from == null) {
            return this == ENTRY;
        }
        return this == from.following() || (from == REFLECTION && this == ACTION);
    }

    /** The phases passed over when moving from {@code from} (null: not started) forward to this one. */
    public List<Phase> skippedFrom(Phase from) {
        int start = from == null ? 0 : from.ordinal() + 1;
        return start >= ordinal() ? List.of() : Arrays.asList(values()).subList(start, ordinal());
    }

    /** Parses a phase name, case-insensitively; null when it is none. */
    public static Phase parse(String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(values())
                .filter(p -> p.name().equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElse(null);
    }
}

package org.harambee.communities;

import java.time.LocalDate;
import java.util.UUID;
import org.harambee.communities.phases.PhaseEntry;

/**
 * A phase was recorded against a history that has moved on: the community's latest line is no longer the one the
 * recorder saw. Carries the server's side (version 0 and no phase when the history is empty); nothing was written.
 */
public class PhaseConflictException extends RuntimeException {

    private final UUID communityId;
    private final int version;
    private final Phase phase;
    private final LocalDate enteredOn;

    public PhaseConflictException(UUID communityId, PhaseEntry latest) {
        super("the phase history of the community has moved on");
        this.communityId = communityId;
        this.version = latest == null ? 0 : latest.seq();
        this.phase = latest == null ? null : latest.phase();
        this.enteredOn = latest == null ? null : latest.enteredOn();
    }

    public UUID communityId() {
        return communityId;
    }

    /** The number of the latest line on the server. */
    public int version() {
        return version;
    }

    public Phase phase() {
        return phase;
    }

    public LocalDate enteredOn() {
        return enteredOn;
    }
}

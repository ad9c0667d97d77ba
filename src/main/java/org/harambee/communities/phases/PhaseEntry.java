package org.harambee.communities.phases;

import java.time.Instant;
import java.time.LocalDate;
import org.harambee.communities.Phase;

/** One line of a community's phase history: the phase, the day it was entered, who recorded it and why. */
public record PhaseEntry(
        int seq, Phase phase, LocalDate enteredOn, String note, String reason, String recordedBy, Instant recordedAt) {}

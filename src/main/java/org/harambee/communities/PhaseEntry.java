package org.harambee.communities;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a community's phase history: the phase, the day it was entered, who recorded it and why. */
record PhaseEntry(
        int seq, Phase phase, LocalDate enteredOn, String note, String reason, String recordedBy, Instant recordedAt) {}

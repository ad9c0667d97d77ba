package org.harambee.communities.phases;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The form recording a community's next phase, as bound: the day read by the binding (one that is no date is refused
 * beside its field before the service is asked), the rest as typed, checked by {@link PhaseRecording}.
 */
record PhaseForm(
        String phase, @DateTimeFormat(iso = ISO.DATE) LocalDate enteredOn, String note, String reason) {

    PhaseRecording.PhaseInput input() {
        return new PhaseRecording.PhaseInput(phase, enteredOn == null ? null : enteredOn.toString(), note, reason);
    }
}

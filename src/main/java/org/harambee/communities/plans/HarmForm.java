package org.harambee.communities.plans;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The harm selection form as bound: the day read by the binding (one that is no date is refused beside its field
 * before the service is asked), no group ticked sent as none, the rest as typed, checked by {@link HarmSelections}.
 */
record HarmForm(
        String harm, @DateTimeFormat(iso = ISO.DATE) LocalDate selectedOn, List<String> groupsConsulted, String note) {

    HarmForm {
        groupsConsulted = groupsConsulted == null ? List.of() : groupsConsulted;
    }

    HarmSelections.HarmInput input() {
        return new HarmSelections.HarmInput(
                harm, selectedOn == null ? null : selectedOn.toString(), groupsConsulted, note);
    }
}

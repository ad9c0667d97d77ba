package org.harambee.communities.clusters;

import java.util.List;
import java.util.UUID;

/**
 * The cluster form as bound: the lead partner and the members read as ids by the binding (one that is no id is refused
 * beside its field before the service is asked), no member ticked sent as none, the rest as typed, checked by {@link
 * ClusterForming}. {@code area} only narrows the communities offered on a new cluster's form.
 */
record ClusterForm(String name, UUID leadPartnerId, List<UUID> memberIds, String unit, String area) {

    ClusterForm {
        memberIds = memberIds == null ? List.of() : memberIds;
    }

    ClusterForming.ClusterInput input() {
        return new ClusterForming.ClusterInput(name, leadPartnerId, memberIds, unit);
    }
}

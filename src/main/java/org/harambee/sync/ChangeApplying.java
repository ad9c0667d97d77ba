package org.harambee.sync;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.communities.FieldRecording;
import org.harambee.referrals.ReferralSubmission;
import org.harambee.system.Ids;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies one change through the owning module's API, in the caller's transaction, with the module's own checks of
 * permission, scope and input. What a record became: its server id and what the phone should know of it.
 */
@Component
class ChangeApplying {

    /** The record made: its id on the server, and details for the phone (a community's new phase version, say). */
    record Applied(UUID serverId, Map<String, Object> server) {}

    private final FieldRecording field;
    private final ReferralSubmission referrals;
    private final JsonMapper json;

    ChangeApplying(FieldRecording field, ReferralSubmission referrals, JsonMapper json) {
        this.field = field;
        this.referrals = referrals;
        this.json = json;
    }

    /**
     * What the batch's records look up, read once for the batch (in the caller's transaction): the communities its
     * meetings name (ids that do not read as ids are left to the record's own checks) and the meeting types.
     */
    FieldRecording.Lookups lookups(List<SyncProtocol.Change> changes) {
        Set<UUID> communities = new HashSet<>();
        for (SyncProtocol.Change change : changes) {
            if (change != null && "MEETING".equals(change.type()) && change.payload() != null) {
                JsonNode id = change.payload().get("communityId");
                if (id != null && id.isString()) {
                    try {
                        communities.add(UUID.fromString(id.asString()));
                    } catch (IllegalArgumentException notAnId) {
                        // refused by the record's own reading of its payload
                    }
                }
            }
        }
        return field.lookups(communities);
    }

    /**
     * The server id the change's record will get, when it is chosen before the record is made (a meeting's: its
     * client id is claimed with it in one statement); null when the record's own module chooses it.
     */
    UUID plannedId(SyncProtocol.Change change) {
        return "MEETING".equals(change.type()) ? Ids.newId() : null;
    }

    /** Applies the change; a record with a {@link #plannedId} gets that id. */
    Applied apply(SyncProtocol.Change change, FieldRecording.Lookups lookups, UUID plannedId) {
        return switch (change.type()) {
            case "MEETING" -> {
                Payloads.Meeting m = json.treeToValue(change.payload(), Payloads.Meeting.class);
                field.recordMeeting(lookups, plannedId, m.communityId(), m.data());
                yield new Applied(plannedId, Map.of());
            }
            case "PHASE" -> {
                Payloads.Phase p = json.treeToValue(change.payload(), Payloads.Phase.class);
                int version = field.recordPhase(p.communityId(), p.data(), change.baseVersion());
                yield new Applied(p.communityId(), Map.of("version", version));
            }
            case "SPREAD" -> {
                Payloads.Spread s = json.treeToValue(change.payload(), Payloads.Spread.class);
                yield new Applied(field.recordSpread(s.data()), Map.of());
            }
            case "REFERRAL" -> {
                Payloads.Referral r = json.treeToValue(change.payload(), Payloads.Referral.class);
                var sent = referrals.submit(null, r.input(), r.consent(), Boolean.TRUE.equals(r.send()));
                yield new Applied(sent.id(), Map.of("sent", Boolean.TRUE.equals(r.send())));
            }
            default -> throw new IllegalArgumentException("unknown change type " + change.type());
        };
    }
}

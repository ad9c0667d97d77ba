package org.harambee.sync;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The messages of the sync endpoint: a batch of changes made offline in, one result per change out. */
final class SyncProtocol {

    /** The most changes one call may carry; a phone sends a longer queue in several calls. */
    static final int MAX_BATCH = 500;

    /** What a change creates. */
    static final List<String> TYPES = List.of("MEETING", "PHASE", "SPREAD", "REFERRAL");

    static final String CREATED = "created";
    static final String ALREADY_HAD = "already_had";
    static final String REJECTED = "rejected";
    static final String CONFLICT = "conflict";

    private SyncProtocol() {}

    /** Changes in the order the phone made them. */
    record Batch(
            @Schema(description = "At most 500 changes") List<Change> changes) {}

    /**
     * One record made offline: the id the phone gave it, its type, the version of the record it builds on (for a
     * phase: the number of the community's latest phase line the phone saw, 0 when none) and its fields.
     */
    record Change(
            UUID clientId,

            @Schema(allowableValues = {"MEETING", "PHASE", "SPREAD", "REFERRAL"})
            String type,

            Integer baseVersion,

            @Schema(description = "The record's fields, as the module's own API takes them, plus the community")
            JsonNode payload) {}

    /** A field's problem (field null: the record as a whole), in the caller's language. */
    record Reason(String field, String message) {}

    /**
     * What became of one change: {@code created} (serverId is the new record's id), {@code already_had} (this client
     * id arrived before; serverId as then), {@code rejected} (reasons say why; nothing was written) or {@code conflict}
     * (the record moved on since the phone's base version: {@code server} is the server's side, {@code client} the
     * change as sent; nothing was written).
     */
    record Result(
            UUID clientId,

            @Schema(allowableValues = {"created", "already_had", "rejected", "conflict"})
            String outcome,

            UUID serverId,
            List<Reason> reasons,
            Map<String, Object> server,
            JsonNode client) {

        static Result created(UUID clientId, UUID serverId, Map<String, Object> server) {
            return new Result(clientId, CREATED, serverId, List.of(), server, null);
        }

        static Result alreadyHad(UUID clientId, UUID serverId) {
            return new Result(clientId, ALREADY_HAD, serverId, List.of(), null, null);
        }

        static Result rejected(UUID clientId, List<Reason> reasons) {
            return new Result(clientId, REJECTED, null, reasons, null, null);
        }

        static Result conflict(UUID clientId, Map<String, Object> server, JsonNode client) {
            return new Result(clientId, CONFLICT, null, List.of(), server, client);
        }
    }

    /** One result per change, in the order of the batch. */
    record Answer(List<Result> results) {}
}

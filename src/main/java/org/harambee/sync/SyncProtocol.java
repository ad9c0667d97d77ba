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
    static final String RETRY = "retry";

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
     * What became of one change. Taken: {@code created} (serverId is the new record's id) or {@code already_had}
     * (this client id arrived before; serverId as then). Refused for good, fix it: {@code rejected} (reasons say why;
     * nothing was written) or {@code conflict} (the record moved on since the phone's base version: {@code server} is
     * the server's side, {@code client} the change as sent; nothing was written). Not taken for now: {@code retry}
     * (the database could not take it at this moment; nothing was written; send it again, unchanged, under the same
     * client id, after {@code retryAfter} seconds).
     */
    record Result(
            UUID clientId,

            @Schema(allowableValues = {"created", "already_had", "rejected", "conflict", "retry"})
            String outcome,

            UUID serverId,
            List<Reason> reasons,
            Map<String, Object> server,
            JsonNode client,

            @Schema(description = "For a retry: the seconds to wait before sending the change again")
            Long retryAfter) {

        static Result created(UUID clientId, UUID serverId, Map<String, Object> server) {
            return new Result(clientId, CREATED, serverId, List.of(), server, null, null);
        }

        static Result alreadyHad(UUID clientId, UUID serverId) {
            return new Result(clientId, ALREADY_HAD, serverId, List.of(), null, null, null);
        }

        static Result rejected(UUID clientId, List<Reason> reasons) {
            return new Result(clientId, REJECTED, null, reasons, null, null, null);
        }

        static Result conflict(UUID clientId, Map<String, Object> server, JsonNode client) {
            return new Result(clientId, CONFLICT, null, List.of(), server, client, null);
        }

        static Result retry(UUID clientId, long retryAfter) {
            return new Result(clientId, RETRY, null, List.of(), null, null, retryAfter);
        }
    }

    /**
     * One result per change, in the order of the batch; {@code retryAfter} (seconds) when any of them is a
     * {@code retry}, also sent as the {@code Retry-After} header.
     */
    record Answer(List<Result> results, Long retryAfter) {}
}

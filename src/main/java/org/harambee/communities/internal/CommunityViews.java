package org.harambee.communities.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.communities.Origin;
import org.harambee.communities.Phase;

/** What the pages and the API show of communities. */
public final class CommunityViews {

    private CommunityViews() {}

    /** A unit named in passing. */
    public record Place(String pcode, String name, String levelName) {}

    /** A record named in passing; the name is null when it lies outside the reader's area. */
    public record Named(UUID id, String name) {}

    /**
     * A person of the register of facilitators assigned to the community today; {@code id} is null when their record
     * lies outside the reader's area (the name is shown, the record not linked).
     */
    public record Facilitator(UUID id, String name, boolean insideCommunity, boolean trained) {}

    /** A request to start: when it was made and, once decided, when, by whom and (declined) why. */
    record Request(
            RequestStatus status, LocalDate requestedOn, LocalDate decidedOn, String decidedBy, String declineReason) {}

    public record Community(
            UUID id,
            String name,
            Place unit,
            Long populationTotal,
            Long populationChildren,
            List<Facilitator> facilitators,
            Named partner,
            Origin origin,
            Named sourceCommunity,
            Phase currentPhase,
            LocalDate phaseSince,
            Request request,
            Named cluster,
            String createdBy,
            Instant createdAt,
            Instant updatedAt) {}

    public record Summary(
            UUID id,
            String name,
            Place unit,
            Phase currentPhase,
            LocalDate phaseSince,
            Named partner,
            Origin origin,
            RequestStatus requestStatus,
            LocalDate requestedOn,
            Named sourceCommunity) {}
}

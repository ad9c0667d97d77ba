package org.harambee.communities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.communities.internal.Choices;
import org.harambee.communities.internal.CommunityListings;
import org.harambee.communities.internal.CommunityRecords;
import org.harambee.communities.meetings.Meetings;
import org.harambee.communities.phases.PhaseRecording;
import org.harambee.communities.phases.PhaseRecords;
import org.harambee.communities.spread.Spreading;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communities module's API for work recorded in the field (the offline app): a meeting, the next phase, a
 * peer-spread link, each checked exactly as the module's own forms and API check it; and the communities of an area
 * with their phase version, for a phone to keep.
 */
@Service
public class FieldRecording {

    /** A meeting as the phone recorded it; see the meetings API for the fields. */
    public record MeetingData(
            String type,
            String heldOn,
            Integer girls,
            Integer boys,
            Integer women,
            Integer men,
            String facilitation,
            String decisions) {}

    /** The next phase as the phone recorded it. */
    public record PhaseData(String phase, String enteredOn, String note, String reason) {}

    /** A peer-spread link as the phone recorded it. */
    public record SpreadData(UUID sourceId, UUID targetId, String kind, String occurredOn, String note) {}

    /** A community as a phone keeps it; {@code version} is the number of its latest phase line (0: none yet). */
    public record FieldCommunity(
            UUID id,
            String name,
            UUID unitId,
            String unitPath,
            Phase phase,
            LocalDate phaseSince,
            int version,
            Instant updatedAt) {}

    /**
     * What the records of one batch look up, read once for the batch rather than once per record: the communities
     * they name and the active meeting types. Read inside the batch's transaction; a community not among them (an id
     * the batch did not announce) is read when a record needs it.
     */
    public static final class Lookups {
        private final Map<UUID, CommunityRef> communities;
        private final Set<String> meetingTypes;

        private Lookups(Map<UUID, CommunityRef> communities, Set<String> meetingTypes) {
            this.communities = communities;
            this.meetingTypes = meetingTypes;
        }
    }

    private final Meetings meetings;
    private final Spreading spreading;
    private final PhaseRecording phases;
    private final PhaseRecords phaseRecords;
    private final CommunityRecords records;
    private final CommunityListings listings;
    private final Choices choices;
    private final Communities communities;

    FieldRecording(
            Communities communities,
            Meetings meetings,
            Spreading spreading,
            PhaseRecording phases,
            PhaseRecords phaseRecords,
            CommunityRecords records,
            CommunityListings listings,
            Choices choices) {
        this.meetings = meetings;
        this.spreading = spreading;
        this.phases = phases;
        this.phaseRecords = phaseRecords;
        this.records = records;
        this.listings = listings;
        this.choices = choices;
        this.communities = communities;
    }

    /** Reads what a batch naming these communities looks up (in the caller's transaction). */
    public Lookups lookups(Collection<UUID> communityIds) {
        Map<UUID, CommunityRef> refs = new HashMap<>();
        communities.refs(communityIds).forEach(c -> refs.put(c.id(), c));
        return new Lookups(refs, choices.activeCodes(Choices.MEETING_TYPE));
    }

    /**
     * Records a meeting with what the batch looked up, with the same checks as {@link #recordMeeting(UUID,
     * MeetingData)}, under the id {@code meetingId} the caller chose (a new {@code Ids.newId()}).
     */
    public void recordMeeting(Lookups lookups, UUID meetingId, UUID communityId, MeetingData m) {
        CommunityRef community = lookups.communities.get(communityId);
        if (community == null) {
            community = communities.get(communityId);
        }
        Meetings.MeetingInput input = new Meetings.MeetingInput(
                m.type(), m.heldOn(), m.girls(), m.boys(), m.women(), m.men(), m.facilitation(), m.decisions());
        meetings.record(meetingId, community, lookups.meetingTypes::contains, input);
    }

    /** Records a meeting and answers its id. */
    public UUID recordMeeting(UUID communityId, MeetingData m) {
        Meetings.MeetingInput input = new Meetings.MeetingInput(
                m.type(), m.heldOn(), m.girls(), m.boys(), m.women(), m.men(), m.facilitation(), m.decisions());
        return meetings.record(communityId, input, "en").id();
    }

    /**
     * Records the next phase when the history still ends at {@code baseVersion} (null: not checked); throws
     * {@link PhaseConflictException} when it has moved on. Answers the version the community is now at.
     */
    public int recordPhase(UUID communityId, PhaseData p, Integer baseVersion) {
        PhaseRecording.PhaseInput input = new PhaseRecording.PhaseInput(p.phase(), p.enteredOn(), p.note(), p.reason());
        return phases.record(communityId, input, baseVersion).seq();
    }

    /** Records a peer-spread link and answers its id. */
    public UUID recordSpread(SpreadData s) {
        return spreading
                .record(new Spreading.SpreadInput(s.sourceId(), s.targetId(), s.kind(), s.occurredOn(), s.note()))
                .id();
    }

    /** The active meeting types, code → name in {@code language}, in their order. */
    public Map<String, String> meetingTypes(String language) {
        Map<String, String> types = new LinkedHashMap<>();
        choices.active(Choices.MEETING_TYPE, language).forEach(c -> types.put(c.code(), c.name()));
        return types;
    }

    /** The communities inside {@code scope} (at most {@link Communities#PICK_LIMIT}), by name, with their version. */
    @Transactional(readOnly = true)
    public List<FieldCommunity> within(Scope scope) {
        List<CommunityRecords.Row> rows = listings.list(
                new CommunityListings.Filter(null, null, false, null, null), scope, 0, Communities.PICK_LIMIT);
        Map<UUID, Integer> versions = phaseRecords.latestSeqs(
                rows.stream().map(CommunityRecords.Row::id).toList());
        return rows.stream()
                .map(r -> new FieldCommunity(
                        r.id(),
                        r.name(),
                        r.unitId(),
                        r.unitPath(),
                        r.currentPhase(),
                        r.phaseSince(),
                        versions.getOrDefault(r.id(), 0),
                        r.updatedAt()))
                .toList();
    }
}

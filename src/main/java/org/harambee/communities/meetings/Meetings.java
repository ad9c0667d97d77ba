package org.harambee.communities.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.communities.Communities;
import org.harambee.communities.CommunityRef;
import org.harambee.communities.MeetingHeld;
import org.harambee.communities.internal.Choices;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a community's meetings ({@code MANAGE_COMMUNITIES} at its unit) and reading them ({@code
 * VIEW_PROGRAMME}): a type from the configurable list, a day not in the future, attendance as counts of girls, boys,
 * women and men (never names), who facilitated, and the decisions taken.
 */
@Service
public class Meetings {

    private static final Inputs INPUTS = Inputs.keyed("communities");

    static final Set<String> FACILITATION = Set.of("COMMUNITY", "EXTERNAL");
    static final int MAX_DECISIONS = 4000;

    /** What a user enters; a missing count is 0. */
    public record MeetingInput(
            String type,
            String heldOn,
            Integer girls,
            Integer boys,
            Integer women,
            Integer men,
            String facilitation,
            String decisions) {}

    public record MeetingView(
            UUID id,
            UUID communityId,
            String communityName,
            String type,
            String typeName,
            LocalDate heldOn,
            int girls,
            int boys,
            int women,
            int men,
            int total,
            String facilitation,
            String decisions,
            String recordedBy,
            Instant recordedAt) {}

    private final MeetingRecords records;
    private final Communities communities;
    private final Choices choices;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Meetings(
            MeetingRecords records,
            Communities communities,
            Choices choices,
            Scopes scopes,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.records = records;
        this.communities = communities;
        this.choices = choices;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<MeetingView> of(UUID communityId, String language) {
        CommunityRef community = visible(communityId);
        Map<String, String> types = choices.names(Choices.MEETING_TYPE, language);
        return records.of(communityId).stream()
                .map(r -> view(r, community, types))
                .toList();
    }

    @Transactional(readOnly = true)
    MeetingView get(UUID id, String language) {
        MeetingRecords.Row row = records.find(id).orElseThrow(NotFoundException.of("problem.communityNotFound"));
        return view(row, visible(row.communityId()), choices.names(Choices.MEETING_TYPE, language));
    }

    /** The community, when it lies inside the reader's area: 404 when there is none, 403 when outside. */
    @Transactional(readOnly = true)
    CommunityRef visible(UUID communityId) {
        CommunityRef community = communities.get(communityId);
        scopes.require(Permission.VIEW_PROGRAMME, community.unitPath());
        return community;
    }

    @Transactional
    public MeetingView record(UUID communityId, MeetingInput input, String language) {
        CommunityRef community = communities.get(communityId);
        MeetingRecords.Row row =
                insert(Ids.newId(), community, type -> choices.isActive(Choices.MEETING_TYPE, type), input);
        return view(row, community, choices.names(Choices.MEETING_TYPE, language));
    }

    /**
     * Records a meeting of a community the caller has already looked up, checking its type against the given active
     * meeting types (a batch of records reads both once): the same permission, scope and input checks, the same event
     * and audit line as {@link #record(UUID, MeetingInput, String)}. The meeting gets the id {@code id}, chosen by
     * the caller (a new {@link Ids#newId()}), which the caller may store beside it in the same transaction.
     */
    @Transactional
    public void record(UUID id, CommunityRef community, Predicate<String> activeType, MeetingInput input) {
        insert(id, community, activeType, input);
    }

    private MeetingRecords.Row insert(
            UUID id, CommunityRef community, Predicate<String> activeType, MeetingInput input) {
        UUID communityId = community.id();
        scopes.require(Permission.MANAGE_COMMUNITIES, community.unitPath());
        List<FieldProblem> problems = new ArrayList<>();
        String type = Inputs.trimmed(input.type());
        if (type == null || !activeType.test(type)) {
            problems.add(new FieldProblem("type", "meetings.type.invalid"));
        }
        LocalDate heldOn = INPUTS.pastDate("heldOn", input.heldOn(), true, LocalDate.now(), problems);
        int girls = INPUTS.count("girls", input.girls(), problems);
        int boys = INPUTS.count("boys", input.boys(), problems);
        int women = INPUTS.count("women", input.women(), problems);
        int men = INPUTS.count("men", input.men(), problems);
        if (girls + boys + women + men == 0 && Math.min(Math.min(girls, boys), Math.min(women, men)) >= 0) {
            problems.add(new FieldProblem("attendance", "meetings.attendance.none"));
        }
        String facilitation = Inputs.trimmed(input.facilitation());
        if (facilitation == null || !FACILITATION.contains(facilitation)) {
            problems.add(new FieldProblem("facilitation", "meetings.facilitation.invalid"));
        }
        String decisions = INPUTS.text("decisions", input.decisions(), MAX_DECISIONS, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MeetingRecords.Row row = new MeetingRecords.Row(
                id,
                communityId,
                type,
                heldOn,
                girls,
                boys,
                women,
                men,
                facilitation,
                decisions,
                CurrentUser.name(),
                Instant.now());
        records.insert(row);
        events.publishEvent(new MeetingHeld(
                row.id(),
                communityId,
                community.unitId(),
                community.unitPath(),
                type,
                heldOn,
                girls,
                boys,
                women,
                men,
                facilitation.equals("COMMUNITY")));
        audit.record(
                "MEETING_RECORDED",
                "meeting",
                row.id().toString(),
                community.unitId(),
                community.unitPath(),
                type + " " + heldOn);
        return row;
    }

    private static MeetingView view(MeetingRecords.Row r, CommunityRef community, Map<String, String> types) {
        return new MeetingView(
                r.id(),
                r.communityId(),
                community.name(),
                r.type(),
                types.getOrDefault(r.type(), r.type()),
                r.heldOn(),
                r.girls(),
                r.boys(),
                r.women(),
                r.men(),
                r.girls() + r.boys() + r.women() + r.men(),
                r.facilitation(),
                r.decisions(),
                r.recordedBy(),
                r.recordedAt());
    }
}

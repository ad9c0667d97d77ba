package org.harambee.communities.phases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.communities.CommunityStarted;
import org.harambee.communities.Phase;
import org.harambee.communities.PhaseChanged;
import org.harambee.communities.PhaseConflictException;
import org.harambee.communities.internal.CommunityDirectory;
import org.harambee.communities.internal.CommunityRecords;
import org.harambee.communities.internal.RequestStatus;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording the next phase of a community ({@link Permission#MANAGE_COMMUNITIES} at its unit) under
 * {@link PhaseRules}. The community's row is locked while the line is appended, so that two users recording at once
 * cannot both pass the rules against the same latest line. The first line starts the community and takes it out of
 * the backlog of requests.
 */
@Service
public class PhaseRecording {

    private static final Inputs INPUTS = Inputs.keyed("communities");

    /** What a user enters: a {@link Phase} name, the day (year-month-day), a note, and a reason when irregular. */
    public record PhaseInput(String phase, String enteredOn, String note, String reason) {}

    private final CommunityRecords records;
    private final PhaseRecords phases;
    private final CommunityDirectory directory;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    PhaseRecording(
            CommunityRecords records,
            PhaseRecords phases,
            CommunityDirectory directory,
            Scopes scopes,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.records = records;
        this.phases = phases;
        this.directory = directory;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<PhaseEntry> history(UUID communityId) {
        directory.row(communityId);
        return phases.history(communityId);
    }

    @Transactional
    PhaseEntry record(UUID communityId, PhaseInput input) {
        return record(communityId, input, null);
    }

    /**
     * Records the phase when the history still ends at line {@code baseSeq} (0: no line yet; null: whatever it ends
     * at), so that a phone that saw an older history cannot overwrite a change made meanwhile.
     */
    @Transactional
    public PhaseEntry record(UUID communityId, PhaseInput input, Integer baseSeq) {
        CommunityRecords.Row community =
                records.lock(communityId).orElseThrow(NotFoundException.of("problem.communityNotFound"));
        scopes.require(Permission.MANAGE_COMMUNITIES, community.unitPath());
        if (baseSeq != null) {
            PhaseEntry current = phases.latest(communityId).orElse(null);
            if ((current == null ? 0 : current.seq()) != baseSeq) {
                throw new PhaseConflictException(communityId, current);
            }
        }
        LocalDate today = LocalDate.now();
        List<FieldProblem> problems = new ArrayList<>();
        Phase phase = Phase.parse(input.phase());
        if (phase == null) {
            problems.add(new FieldProblem("phase", "communities.phase.invalid"));
        }
        LocalDate enteredOn = INPUTS.date("enteredOn", input.enteredOn(), true, problems);
        String note = INPUTS.text("note", input.note(), PhaseRules.MAX_TEXT, false, problems);
        String reason = INPUTS.text("reason", input.reason(), PhaseRules.MAX_TEXT, false, problems);
        PhaseEntry latest = phases.latest(communityId).orElse(null);
        problems.addAll(PhaseRules.check(latest, phase, enteredOn, reason, today));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now();
        PhaseEntry entry = new PhaseEntry(
                latest == null ? 1 : latest.seq() + 1, phase, enteredOn, note, reason, CurrentUser.name(), now);
        phases.append(communityId, entry);
        records.setCurrentPhase(communityId, phase, enteredOn, now);
        Phase from = latest == null ? null : latest.phase();
        if (latest == null) {
            if (community.requestStatus() == RequestStatus.REQUESTED) {
                records.setRequest(communityId, RequestStatus.ACCEPTED, today, entry.recordedBy(), null, now);
            }
            events.publishEvent(
                    new CommunityStarted(communityId, community.unitId(), community.unitPath(), phase, enteredOn));
        }
        events.publishEvent(new PhaseChanged(
                communityId,
                community.unitId(),
                community.unitPath(),
                from,
                phase,
                enteredOn,
                PhaseRules.irregular(from, phase)));
        audit.record(
                "PHASE_RECORDED",
                "community",
                communityId.toString(),
                community.unitId(),
                community.unitPath(),
                phase.name() + " " + enteredOn);
        return entry;
    }
}
